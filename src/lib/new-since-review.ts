import type { TrialEntry } from './types.ts';

/**
 * The references that report a trial's results (its outcomes, comparisons and primary end point)
 * or, for a trial still running, its start: what makes a trial new, unlike a later registry check.
 */
export function trialReports(trial: TrialEntry): ReadonlyArray<{ id: string }> {
  return [
    ...trial.data.arms.flatMap((arm) => arm.outcomes.map((o) => o.source)),
    ...trial.data.comparisons.map((c) => c.source),
    ...(trial.data.primaryEndpoint ? [trial.data.primaryEndpoint.source] : []),
    ...(trial.data.status === 'ongoing' ? trial.data.references : []),
  ];
}

/** A CSL date as [year, month, day], missing parts as 0 so that "2025" sorts before "2025-03". */
function dateParts(issued: { 'date-parts': number[][] }): [number, number, number] {
  const [year, month = 0, day = 0] = issued['date-parts'][0];
  return [year, month, day];
}

const compare = (a: readonly number[], b: readonly number[]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

export interface NewResult<T> {
  trial: T;
  /** The newest source of the trial: the report that makes it new. */
  source: string;
  /** "2026-01" or "2025". */
  date: string;
}

/**
 * Trials with a report dated in the source review's year or later, newest first: what a reader who
 * knows the review (Shao et al., 2025) has not seen in it. The review's own month is not known, so
 * its year is the line; each trial is dated by its newest reference.
 */
export function newSinceReview<T extends { data: { references: ReadonlyArray<{ id: string }> } }>(
  trials: readonly T[],
  issuedOf: (referenceId: string) => { 'date-parts': number[][] } | undefined,
  reviewKey: string,
  /** The references that report the trial's results or start (default: all its references). */
  reportsOf: (trial: T) => ReadonlyArray<{ id: string }> = (trial) => trial.data.references,
): Array<NewResult<T>> {
  const review = issuedOf(reviewKey);
  if (!review) return [];
  const reviewYear = dateParts(review)[0];
  return trials
    .flatMap((trial) => {
      const dated = reportsOf(trial)
        .filter((ref) => ref.id !== reviewKey)
        .map((ref) => ({ id: ref.id, issued: issuedOf(ref.id) }))
        .filter((ref): ref is { id: string; issued: { 'date-parts': number[][] } } => ref.issued !== undefined)
        .map((ref) => ({ id: ref.id, parts: dateParts(ref.issued) }))
        .sort((a, b) => compare(b.parts, a.parts));
      const newest = dated[0];
      if (!newest || newest.parts[0] < reviewYear) return [];
      const [year, month] = newest.parts;
      return [{ trial, source: newest.id, date: month ? `${year}-${String(month).padStart(2, '0')}` : String(year), parts: newest.parts }];
    })
    .sort((a, b) => compare(b.parts, a.parts))
    .map(({ trial, source, date }) => ({ trial, source, date }));
}
