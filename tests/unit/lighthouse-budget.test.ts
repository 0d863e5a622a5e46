import { describe, expect, it } from 'vitest';
import { budgetFailures, calibratedCpuSlowdown, failingAudits, scoreTable, type LighthouseReport } from '../e2e/lighthouse-budget.ts';

type Audit = LighthouseReport['audits'][string];

/** A small Lighthouse result: every budget met unless an override says otherwise. */
function report(
  overrides: { scores?: Record<string, number | null>; audits?: Audit[]; runtimeError?: LighthouseReport['runtimeError']; benchmarkIndex?: number; slowdown?: number } = {},
): LighthouseReport {
  const audits: Audit[] = [
    { id: 'largest-contentful-paint', title: 'Largest Contentful Paint', score: 1, scoreDisplayMode: 'numeric', numericValue: 1234.4, displayValue: '1.2 s' },
    { id: 'total-byte-weight', title: 'Avoids enormous network payloads', score: 1, scoreDisplayMode: 'metricSavings', numericValue: 40960 },
    { id: 'color-contrast', title: 'Background and foreground colors have a sufficient contrast ratio', score: 1, scoreDisplayMode: 'binary' },
    { id: 'image-alt', title: 'Image elements have [alt] attributes', score: null, scoreDisplayMode: 'notApplicable' },
    { id: 'errors-in-console', title: 'No browser errors logged to the console', score: 1, scoreDisplayMode: 'binary' },
    { id: 'robots-txt', title: 'robots.txt is valid', score: 1, scoreDisplayMode: 'binary' },
    ...(overrides.audits ?? []),
  ];
  const scores = { performance: 1, accessibility: 1, 'best-practices': 1, seo: 1, ...overrides.scores };
  const refs: Record<string, Array<{ id: string; weight: number }>> = {
    performance: [
      { id: 'largest-contentful-paint', weight: 25 },
      { id: 'total-byte-weight', weight: 0 },
    ],
    accessibility: [
      { id: 'color-contrast', weight: 7 },
      { id: 'image-alt', weight: 10 },
    ],
    'best-practices': [{ id: 'errors-in-console', weight: 1 }],
    seo: [{ id: 'robots-txt', weight: 1 }],
  };
  return {
    finalDisplayedUrl: 'http://127.0.0.1:1234/',
    runtimeError: overrides.runtimeError,
    environment: { benchmarkIndex: overrides.benchmarkIndex ?? 1612.4 },
    configSettings: { throttling: { cpuSlowdownMultiplier: overrides.slowdown ?? 4 } },
    categories: Object.fromEntries(Object.entries(scores).map(([id, score]) => [id, { title: id, score, auditRefs: refs[id] }])),
    audits: Object.fromEntries(audits.map((a) => [a.id, a])),
  };
}

describe('budgetFailures', () => {
  it('is empty when every category meets its budget', () => {
    expect(budgetFailures(report({ scores: { performance: 0.95 } }))).toEqual([]);
  });

  it('names each category under budget and the failing audits by id and title, weighted ones first', () => {
    const lhr = report({
      scores: { performance: 0.9, accessibility: 0.93 },
      audits: [
        { id: 'largest-contentful-paint', title: 'Largest Contentful Paint', score: 0.62, scoreDisplayMode: 'numeric', displayValue: '3.9 s' },
        { id: 'total-byte-weight', title: 'Avoids enormous network payloads', score: 0.5, scoreDisplayMode: 'metricSavings', displayValue: 'Total size was 3,000 KiB' },
        { id: 'color-contrast', title: 'Background and foreground colors have a sufficient contrast ratio', score: 0, scoreDisplayMode: 'binary' },
      ],
    });
    expect(budgetFailures(lhr)).toEqual([
      'performance 90 < 95; failing audits:\n' +
        '  - largest-contentful-paint (Largest Contentful Paint): score 62, 3.9 s, weight 25\n' +
        '  - total-byte-weight (Avoids enormous network payloads): score 50, Total size was 3,000 KiB',
      'accessibility 93 < 100; failing audits:\n' + '  - color-contrast (Background and foreground colors have a sufficient contrast ratio): score 0, weight 7',
    ]);
  });

  it('treats an unscored category and a Lighthouse runtime error as failures', () => {
    expect(budgetFailures(report({ scores: { seo: null } }))).toEqual(['seo not scored < 100']);
    expect(budgetFailures(report({ runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' } }))).toEqual([
      'Lighthouse could not audit http://127.0.0.1:1234/: NO_FCP: The page did not paint any content.',
    ]);
  });
});

describe('failingAudits', () => {
  it('ignores not-applicable audits and counts an audit that errored', () => {
    const lhr = report({ audits: [{ id: 'errors-in-console', title: 'No browser errors logged to the console', score: null, scoreDisplayMode: 'error' }] });
    expect(failingAudits(lhr, 'accessibility')).toEqual([]);
    expect(failingAudits(lhr, 'best-practices')).toEqual(['errors-in-console (No browser errors logged to the console): audit error, weight 1']);
  });
});

describe('scoreTable', () => {
  it('prints scores, metrics and every performance run in aligned columns', () => {
    const first = report({ scores: { performance: 0.91 }, benchmarkIndex: 600 });
    const kept = report({ scores: { performance: 0.97 }, benchmarkIndex: 640, slowdown: 1.6 });
    const table = scoreTable([{ path: '/trials/', lhr: kept, runs: [first, kept] }]).split('\n');
    expect(table[0]).toMatch(/^Page\s+Perf\s+A11y\s+BP\s+SEO\s+FCP\s+LCP\s+TBT\s+CLS\s+Bytes\s+Perf runs$/);
    expect(table[2]).toMatch(/^\/trials\/\s+97\s+100\s+100\s+100\s+-\s+1234 ms\s+-\s+-\s+40 KiB\s+91 \(BI 600, 4x\); 97 \(BI 640, 1\.6x\)$/);
    expect(new Set(table.map((l) => l.length)).size).toBe(1);
  });
});

describe('calibratedCpuSlowdown', () => {
  it("keeps Lighthouse's 4x on a high-end desktop and lowers it in proportion on a slower host", () => {
    expect(calibratedCpuSlowdown(2400)).toBe(4);
    expect(calibratedCpuSlowdown(1500)).toBe(4);
    expect(calibratedCpuSlowdown(750)).toBe(2);
    expect(calibratedCpuSlowdown(600)).toBe(1.6);
    expect(calibratedCpuSlowdown(200)).toBe(1);
  });

  it('falls back to the default when the host was not measured', () => {
    expect(calibratedCpuSlowdown(undefined)).toBe(4);
    expect(calibratedCpuSlowdown(0)).toBe(4);
    expect(calibratedCpuSlowdown(Number.NaN)).toBe(4);
  });
});
