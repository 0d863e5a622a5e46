import { describe, expect, it } from 'vitest';
import { judgeGrowth, linearFit, marginalCosts } from '../../scripts/bench/fit.ts';
import { parseCpuSeconds, parseMaxRss } from '../../scripts/bench/measure.ts';
import { asYouTypeSection, formatReport, growthParagraph, secs, wallCell, type BenchResults, type SizeResult } from '../../scripts/bench/report.ts';
import { assetKind, distFileFor, totalsByKind } from '../../scripts/bench/weight.ts';
import { linkedModules } from '../../scripts/bench/project.ts';
import { osName } from '../../scripts/bench/machine.ts';
import { median } from '../../scripts/bench/search.ts';
import { medianRun, parseRepeat, parseSizes } from '../../scripts/bench/run.ts';

describe('secs', () => {
  it('reads a per-page cost under a second in milliseconds, longer times in seconds', () => {
    expect(secs(0.065)).toBe('65 ms');
    expect(secs(0.3)).toBe('300 ms');
    expect(secs(1)).toBe('1.0 s');
    expect(secs(112.54)).toBe('112.5 s');
    expect(secs(0)).toBe('0.0 s');
  });
});

describe('repeated builds', () => {
  const run = (astroSeconds: number, tag: string) => ({ astroSeconds, pagefindSeconds: 1, tag });

  it('reports the build with the median wall time, the lower middle one of an even count', () => {
    expect(medianRun([run(30, 'slow'), run(10, 'fast'), run(20, 'middle')]).tag).toBe('middle');
    expect(medianRun([run(40, 'd'), run(10, 'a'), run(30, 'c'), run(20, 'b')]).tag).toBe('b');
    expect(medianRun([run(5, 'only')]).tag).toBe('only');
    expect(() => medianRun([])).toThrow(/no runs/);
  });

  it('reads BENCH_REPEAT, three builds unless told', () => {
    expect(parseRepeat(undefined)).toBe(3);
    expect(parseRepeat('1')).toBe(1);
    expect(() => parseRepeat('0')).toThrow(/BENCH_REPEAT/);
    expect(() => parseRepeat('two')).toThrow(/BENCH_REPEAT/);
  });

  it('prints the spread of wall times beside the median build', () => {
    const base = { entries: 200, pages: 80, counts: {}, diagrams: 1, astroSeconds: 9, pagefindSeconds: 0.3, cpuSeconds: 11, maxRssBytes: 1, indexBytes: 1, search: [] };
    expect(wallCell({ ...base, wallRuns: [9.3, 8.1, 12.04] })).toBe('9.3 s (3 builds: 8.1 s to 12.0 s)');
    expect(wallCell({ ...base, wallRuns: [9.3] })).toBe('9.3 s');
    expect(wallCell(base)).toBe('9.3 s');
  });
});

describe('linearFit', () => {
  it('recovers a line through exact points', () => {
    const fit = linearFit([
      { x: 100, y: 25 },
      { x: 500, y: 65 },
      { x: 2000, y: 215 },
    ]);
    expect(fit.slope).toBeCloseTo(0.1, 10);
    expect(fit.intercept).toBeCloseTo(15, 10);
    expect(fit.r2).toBeCloseTo(1, 10);
    expect(fit.maxRelativeResidual).toBeCloseTo(0, 10);
  });

  it('reports how far noisy points are from the line', () => {
    const fit = linearFit([
      { x: 1, y: 1 },
      { x: 2, y: 3 },
      { x: 3, y: 2 },
    ]);
    expect(fit.slope).toBeCloseTo(0.5);
    expect(fit.r2).toBeCloseTo(0.25);
    expect(fit.maxRelativeResidual).toBeCloseTo(0.5);
  });

  it('needs two distinct x values', () => {
    expect(() => linearFit([{ x: 1, y: 1 }])).toThrow(/two points/);
    expect(() =>
      linearFit([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toThrow(/different x/);
  });
});

describe('judgeGrowth', () => {
  const quadratic = [10, 50, 250].map((x) => ({ x, y: x * x }));
  const withStartUp = [10, 50, 250].map((x) => ({ x, y: 30 + 2 * x }));

  it('tells linear, faster and slower growth apart from the cost of each added page', () => {
    expect(judgeGrowth(withStartUp)).toBe('linear');
    expect(judgeGrowth(quadratic)).toBe('faster-than-linear');
    expect(judgeGrowth([10, 50, 250].map((x) => ({ x, y: Math.sqrt(x) })))).toBe('slower-than-linear');
    expect(marginalCosts(withStartUp)).toEqual([2, 2]);
  });

  it('will not judge from two sizes', () => {
    expect(judgeGrowth(quadratic.slice(0, 2))).toBe('too-few-points');
  });
});

describe('GNU time report', () => {
  const report = [
    '\tCommand being timed: "nice -n 10 astro build"',
    '\tUser time (seconds): 69.17',
    '\tSystem time (seconds): 29.31',
    '\tMaximum resident set size (kbytes): 811312',
  ].join('\n');

  it('gives peak memory in bytes and CPU seconds', () => {
    expect(parseMaxRss(report)).toBe(811312 * 1024);
    expect(parseCpuSeconds(report)).toBeCloseTo(98.48);
    expect(parseMaxRss('')).toBeUndefined();
    expect(parseCpuSeconds('')).toBeUndefined();
  });
});

describe('page weight helpers', () => {
  it('classifies what a page downloads', () => {
    expect(['/', '/trials/toga/', '/_astro/a.css', '/_astro/b.js', '/favicon.svg'].map(assetKind)).toEqual(['html', 'html', 'css', 'js', 'other']);
    expect(distFileFor('/d', '/trials/')).toBe('/d/trials/index.html');
    expect(distFileFor('/d', '/_astro/a.css')).toBe('/d/_astro/a.css');
  });

  it('adds sizes up by kind', () => {
    const totals = totalsByKind([
      { path: '/', kind: 'html', bytes: 100, gzipBytes: 40 },
      { path: '/a.js', kind: 'js', bytes: 50, gzipBytes: 20 },
      { path: '/b.js', kind: 'js', bytes: 30, gzipBytes: 10 },
    ]);
    expect(totals.js).toEqual({ bytes: 80, gzipBytes: 30, files: 2 });
    expect(totals.css).toEqual({ bytes: 0, gzipBytes: 0, files: 0 });
  });
});

describe('small helpers', () => {
  it('links packages but not build caches into a project copy', () => {
    expect(linkedModules(['.astro', '.bin', '.vite', '.package-lock.json', 'astro', '@astrojs'])).toEqual(['.bin', 'astro', '@astrojs']);
  });

  it('reads the OS name and takes medians', () => {
    expect(osName('NAME="Debian GNU/Linux"\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n')).toBe('Debian GNU/Linux 12 (bookworm)');
    expect(osName('')).toBeUndefined();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it('parses BENCH_SIZES', () => {
    expect(parseSizes(undefined)).toEqual([200, 1000, 5000]);
    expect(parseSizes('1000, 20,20')).toEqual([20, 1000]);
    expect(parseSizes('none')).toEqual([]);
    expect(() => parseSizes('20,abc')).toThrow(/BENCH_SIZES/);
  });
});

describe('formatReport', () => {
  const size = (entries: number, pages: number, seconds: number): SizeResult => ({
    entries,
    pages,
    counts: { agents: 1, mechanisms: 1, trials: 2, references: 10, glossary: 6 },
    diagrams: 2,
    astroSeconds: seconds,
    pagefindSeconds: 1,
    cpuSeconds: seconds / 2,
    maxRssBytes: 500e6,
    indexBytes: 123_456,
    search: [{ query: 'trastuzumab', runs: [900, 700, 800], results: 12 }],
  });
  const results: BenchResults = {
    date: '2026-12-01 10:00 UTC',
    machine: {
      cpus: 2,
      cpuModel: 'Test CPU',
      ramBytes: 8 * 2 ** 30,
      os: 'Debian',
      node: 'v24.9.0',
      astro: '7.3.5',
      pagefind: '1.6.0',
      chromium: 'Chromium 156',
      commit: 'abc1234',
    },
    loadAverage: [1, 2, 3],
    planned: [200, 1000, 5000, 20000],
    sizes: [size(200, 60, 59), size(1000, 230, 229)],
    skipped: [{ entries: 5000, reason: 'Too slow here.' }],
    queries: ['trastuzumab'],
    problems: ['page weights: timeout'],
    real: {
      entries: 310,
      warm: { pages: 76, astroSeconds: 100, pagefindSeconds: 5, cpuSeconds: 90, maxRssBytes: 800e6, indexBytes: 300_000, search: [] },
      weights: [{ type: 'Home', path: '/', totals: totalsByKind([{ path: '/', kind: 'html', bytes: 100, gzipBytes: 4000 }]) }],
    },
  };

  it('writes the machine, every measured size, what was not run and the real site', () => {
    const text = formatReport(results);
    expect(text).toContain('2 × Test CPU');
    expect(text).toContain('| 200 | 1 / 1 / 2 / 10 / 6 | 2 | 60 | 59.0 s | 1.0 s | 60.0 s | 29.5 s | 1000 ms | 492 ms | 500 MB | 123.5 kB (123456 B) | 800 ms (12 results) |');
    expect(text).toContain('**Not measured: 5000 entries.** Too slow here.');
    expect(text).toContain('**Not measured: 20000 entries.** The run had not reached this size');
    expect(text).not.toContain('**Not measured: 1000 entries.**');
    expect(text).toContain('fewer than three sizes');
    expect(text).toContain('The cold build was not run');
    expect(text).toContain('## Problems during the run\n\n- page weights: timeout');
    expect(text).toMatch(/\| Home \| `\/` \| 4\.0 kB \| 0\.0 kB \| 0\.0 kB \| 0\.0 kB \| 4\.0 kB \| 1 \|/);
  });

  it('shows an existing dist/ without build numbers when nothing was built', () => {
    const text = formatReport({
      ...results,
      sizes: [],
      planned: [20],
      skipped: [],
      real: { entries: 310, existing: { pages: 76, indexBytes: 250_000, search: [{ query: 'trastuzumab', runs: [1500], results: 40 }] }, weights: [] },
    });
    expect(text).toContain('| Existing dist/ | 76 | 250.0 kB (250000 B) | 1500 ms (40 results) |');
    expect(text).toContain('The warm build was not measured');
    expect(text).toContain('**Not measured: 20 entries.**');
    expect(text).toContain('No corpus size was measured in this run');
    expect(text).not.toContain('Least-squares');
  });

  it('states the fitted line from the measured points only', () => {
    const text = growthParagraph(
      'Time',
      'page',
      [
        { x: 10, y: 25 },
        { x: 50, y: 65 },
        { x: 250, y: 265 },
      ],
      (y) => y.toFixed(2),
    );
    expect(text).toContain('grows linearly');
    expect(text).toContain('15.00 + 1.00 per page');
    expect(text).toContain('R² = 1.0000');
  });
});

describe('search as you type', () => {
  it('gives each interface and query its cold, warm and loaded medians with their range, and says when another page came first', () => {
    const lines = asYouTypeSection([
      {
        ui: 'header',
        query: 'lapatanib',
        expected: '/agents/lapatinib/',
        cold: [900, 700, 800],
        warm: [200, 250, 150],
        loaded: [100, 120, 110],
        afterTyping: { cold: [850, 650, 750], warm: [150, 200, 100], loaded: [50, 70, 60] },
        firsts: Array(9).fill('/agents/lapatinib/'),
      },
      {
        ui: 'pagefind-default',
        query: 'lapatanib',
        expected: '/agents/lapatinib/',
        cold: [600, 650, 700],
        warm: [400, 500, 450],
        loaded: [350, 340, 360],
        afterTyping: { cold: [], warm: [], loaded: [] },
        firsts: ['/trials/kate2/', '', '/agents/lapatinib/', '', '', '', '', '', ''],
      },
    ]).join('\n');
    expect(lines).toContain('median of 3 runs');
    expect(lines).toContain(
      `| The site's header box | "lapatanib" | \`/agents/lapatinib/\` | 800 ms (700 ms to 900 ms); 750 ms after the last key | 200 ms (150 ms to 250 ms); 150 ms after the last key | 110 ms (100 ms to 120 ms); 60 ms after the last key | yes |`,
    );
    expect(lines).toContain(
      `| Pagefind's default UI | "lapatanib" | \`/agents/lapatinib/\` | 650 ms (600 ms to 700 ms) | 450 ms (400 ms to 500 ms) | 350 ms (340 ms to 360 ms) | 1 of 9 (\`/trials/kate2/\`) |`,
    );
  });
});
