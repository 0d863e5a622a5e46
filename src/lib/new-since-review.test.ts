import { describe, expect, it } from 'vitest';
import { newSinceReview, trialReports } from './new-since-review.ts';

const issued: Record<string, number[]> = { review: [2025], old: [2010, 8, 28], dg04: [2025, 6], herizon: [2026, 1, 7], undated: [] };
const issuedOf = (id: string) => (id in issued && issued[id].length ? { 'date-parts': [issued[id]] } : undefined);
const trial = (id: string, refs: string[]) => ({ id, data: { references: refs.map((r) => ({ id: r })) } });

describe('newSinceReview', () => {
  it('lists trials with a report from the review year on, newest first, dated by that report', () => {
    const result = newSinceReview(
      [trial('toga', ['old', 'review']), trial('dg04', ['dg04', 'review']), trial('herizon', ['old', 'herizon']), trial('x', ['undated'])],
      issuedOf,
      'review',
    );
    expect(result.map((r) => [r.trial.id, r.date, r.source])).toEqual([
      ['herizon', '2026-01', 'herizon'],
      ['dg04', '2025-06', 'dg04'],
    ]);
  });
  it('never counts the review itself as a new report', () => {
    expect(newSinceReview([trial('toga', ['old', 'review'])], issuedOf, 'review')).toEqual([]);
  });
});

describe('newSinceReview with the reports of each trial', () => {
  it('dates a trial by its newest report of a result, not by a later record of another kind', () => {
    const t = { id: 'mahogany', data: { references: [{ id: 'old' }, { id: 'herizon' }] }, reports: [{ id: 'old' }] };
    expect(newSinceReview([t], issuedOf, 'review', (x) => x.reports)).toEqual([]);
  });
});

describe('trialReports', () => {
  const source = (id: string) => ({ id, collection: 'references' });
  const trial = (status: string) =>
    ({
      id: 't',
      data: {
        status,
        references: [source('paper'), source('registry')],
        arms: [{ outcomes: [{ source: source('paper') }] }],
        comparisons: [{ source: source('update') }],
        primaryEndpoint: { source: source('paper') },
      },
    }) as unknown as Parameters<typeof trialReports>[0];
  it('names the reports of results, and for a running trial every reference (its start)', () => {
    expect(trialReports(trial('completed')).map((r) => r.id)).toEqual(['paper', 'update', 'paper']);
    expect(trialReports(trial('ongoing')).map((r) => r.id)).toEqual(['paper', 'update', 'paper', 'paper', 'registry']);
  });
});
