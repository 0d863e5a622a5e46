/**
 * How fresh a checked figure or evidence item is.
 *
 * Age is measured against the content's own "as of" date, never the build machine's clock:
 * the same commit must build to the same bytes on any day. The as-of date is the newest
 * `reviewed`, `checked` or change date in the collections (the day the content was last
 * worked on), unless the SITE_AS_OF setting names a later date explicitly. So an item is
 * flagged when it was last checked more than the configured number of months before the
 * newest check on the site: the rest of the content has moved on without it.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: string, what: string): [number, number, number] {
  const match = ISO_DATE.exec(iso);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`${what}: "${iso}" is not a calendar date written YYYY-MM-DD`);
  }
  return [year, month, day];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The same day `months` calendar months earlier; a day that month lacks becomes its last day (31 March - 1 month = 28 or 29 February). */
export function monthsBefore(iso: string, months: number): string {
  const [year, month, day] = parts(iso, 'date');
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(day, daysInMonth(y, m)))}`;
}

/** Items checked before this date are older than `months` at `asOf`. */
export function staleCutoff(asOf: string, months: number): string {
  return monthsBefore(asOf, months);
}

/** True when `checked` lies more than `months` calendar months before `asOf`; exactly `months` before is still fresh. */
export function isStale(checked: string, asOf: string, months: number): boolean {
  parts(checked, 'checked');
  return checked < staleCutoff(asOf, months);
}

export interface AsOf {
  date: string;
  /** Where the date came from, for the /about/ page. */
  from: 'content' | 'SITE_AS_OF';
}

/** The newest of the content's dates; an explicit override may move it later, never earlier than the content itself. */
export function resolveAsOf(dates: Iterable<string>, override?: string): AsOf {
  let latest: string | undefined;
  for (const date of dates) {
    parts(date, 'content date');
    if (latest === undefined || date > latest) latest = date;
  }
  if (latest === undefined) throw new Error('no dated content: cannot tell how old any item is');
  if (override === undefined || override === '') return { date: latest, from: 'content' };
  parts(override, 'SITE_AS_OF');
  if (override < latest) throw new Error(`SITE_AS_OF: ${override} is earlier than the newest date in the content (${latest}); leave it unset or give a later date`);
  return { date: override, from: 'SITE_AS_OF' };
}

/** Every date the content carries: reviews, change history, checked evidence items and trial figures. */
export function contentDates(collections: {
  agents: ReadonlyArray<{ data: { reviewed: string; changes: ReadonlyArray<{ date: string }> } }>;
  mechanisms: ReadonlyArray<{ data: { reviewed: string; changes: ReadonlyArray<{ date: string }>; evidence: ReadonlyArray<{ checked: string }> } }>;
  trials: ReadonlyArray<{
    data: {
      reviewed: string;
      changes: ReadonlyArray<{ date: string }>;
      arms: ReadonlyArray<{ outcomes: ReadonlyArray<{ checked: string }> }>;
      comparisons: ReadonlyArray<{ checked: string }>;
    };
  }>;
}): string[] {
  const entries = [...collections.agents, ...collections.mechanisms, ...collections.trials];
  return [
    ...entries.flatMap((e) => [e.data.reviewed, ...e.data.changes.map((c) => c.date)]),
    ...collections.mechanisms.flatMap((m) => m.data.evidence.map((e) => e.checked)),
    ...collections.trials.flatMap((t) => [...t.data.arms.flatMap((a) => a.outcomes.map((o) => o.checked)), ...t.data.comparisons.map((c) => c.checked)]),
  ];
}

/** "Nov 2026": compact enough for a table cell; the full date goes in the datetime attribute. */
export function formatMonth(iso: string): string {
  const [year, month] = parts(iso, 'date');
  return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]} ${year}`;
}
