import { describe, expect, it } from 'vitest';
import { contentDates, formatMonth, isStale, monthsBefore, resolveAsOf } from './freshness.ts';
import { mechanism, agent, trial } from '../../tests/fixtures/entries.ts';

describe('monthsBefore', () => {
  it('steps back whole calendar months, across years', () => {
    expect(monthsBefore('2026-11-25', 24)).toBe('2024-11-25');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
  });
  it('clamps to the last day of a shorter month, leap years included', () => {
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-02-28', 24)).toBe('2024-02-28');
    expect(monthsBefore('2028-02-29', 24)).toBe('2026-02-28');
    expect(monthsBefore('2026-05-31', 27)).toBe('2024-02-29');
  });
});

describe('isStale', () => {
  const asOf = '2026-11-25';
  it('is fresh exactly at the limit and stale one day past it', () => {
    expect(isStale('2024-11-25', asOf, 24)).toBe(false);
    expect(isStale('2024-11-24', asOf, 24)).toBe(true);
  });
  it('is fresh for recent items and for items dated after the as-of date', () => {
    expect(isStale('2026-11-25', asOf, 24)).toBe(false);
    expect(isStale('2025-06-01', asOf, 24)).toBe(false);
    expect(isStale('2027-01-01', asOf, 24)).toBe(false);
  });
  it('follows the configured age', () => {
    expect(isStale('2026-05-24', asOf, 6)).toBe(true);
    expect(isStale('2026-05-25', asOf, 6)).toBe(false);
    expect(isStale('2026-11-24', asOf, 0)).toBe(true);
  });
  it('rejects a date that is not YYYY-MM-DD or not on the calendar', () => {
    expect(() => isStale('2024-13-01', asOf, 24)).toThrow(/checked: "2024-13-01" is not a calendar date/);
    expect(() => isStale('2025-02-29', asOf, 24)).toThrow(/not a calendar date/);
    expect(() => isStale('25 Nov 2026', asOf, 24)).toThrow(/not a calendar date/);
  });
});

describe('resolveAsOf', () => {
  const dates = ['2025-03-01', '2026-11-25', '2024-01-31'];
  it('takes the newest content date', () => {
    expect(resolveAsOf(dates)).toEqual({ date: '2026-11-25', from: 'content' });
    expect(resolveAsOf(dates, '')).toEqual({ date: '2026-11-25', from: 'content' });
  });
  it('accepts a later explicit date and rejects an earlier or malformed one', () => {
    expect(resolveAsOf(dates, '2029-01-01')).toEqual({ date: '2029-01-01', from: 'SITE_AS_OF' });
    expect(() => resolveAsOf(dates, '2026-01-01')).toThrow(/SITE_AS_OF: 2026-01-01 is earlier than the newest date in the content \(2026-11-25\)/);
    expect(() => resolveAsOf(dates, 'today')).toThrow(/SITE_AS_OF: "today" is not a calendar date/);
  });
  it('refuses to guess without any date', () => {
    expect(() => resolveAsOf([])).toThrow(/no dated content/);
  });
});

describe('contentDates', () => {
  it('collects reviewed, change, evidence and figure dates from every collection', () => {
    const m = mechanism('m', [], {
      evidence: [
        { id: 'e', claim: 'A claim of ten', level: 'review', disease: 'gastric', stance: 'supports', sources: [{ id: 'r', collection: 'references' }], checked: '2026-03-03' },
      ],
    });
    const t = trial('t', [], {
      reviewed: '2026-02-02',
      changes: [{ date: '2025-12-12', summary: 'Entry published.' }],
      arms: [
        {
          id: 'a',
          label: 'Arm',
          regimen: 'Drug',
          outcomes: [{ measure: 'orr', value: 40, unit: 'percent', source: { id: 'r', collection: 'references' }, verified: true, checked: '2026-04-04' }],
        },
      ],
      comparisons: [],
    });
    const dates = contentDates({ agents: [agent('a', { reviewed: '2026-01-05' })], mechanisms: [m], trials: [t] });
    expect([...dates].sort()).toEqual(['2025-12-12', '2026-01-01', '2026-01-01', '2026-01-01', '2026-01-05', '2026-02-02', '2026-03-03', '2026-04-04']);
    expect(resolveAsOf(dates).date).toBe('2026-04-04');
  });
});

describe('formatMonth', () => {
  it('writes a short month and year', () => {
    expect(formatMonth('2026-11-25')).toBe('Nov 2026');
    expect(formatMonth('2024-01-01')).toBe('Jan 2024');
  });
});
