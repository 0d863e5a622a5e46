/**
 * `npm run bench`: builds synthetic corpora and the real site in temporary copies
 * of the project, measures them, and writes bench/results.md.
 *
 *   BENCH_SIZES=20 npm run bench        corpus sizes in entries (default 200,1000,5000; none for no corpus)
 *   BENCH_REAL=warm|cold|both|dist|none which real-site builds to run (default both); dist measures the
 *                                       project's existing dist/ (page weights, index, search) without building
 *   BENCH_BUDGET_MINUTES=40             skip a size whose build the fit of the smaller sizes puts over this, and stop any build step that runs over it
 *   BENCH_OUT=bench/results.md          where the report goes
 *   BENCH_REPEAT=3                      builds of each corpus size; the one with the median wall time is reported, with the spread
 *   BENCH_KEEP=1                        keep the temporary project copies
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { loadContent, loadSiteFigures } from '../../src/lib/content/files.ts';
import { findChromium } from '../../src/lib/diagrams/browser.ts';
import { launch } from '../../tests/e2e/browser.ts';
import { serveStatic } from '../static-server.ts';
import { generateCorpus } from './corpus.ts';
import { linearFit } from './fit.ts';
import { filesUnder } from '../../src/lib/files-under.ts';
import { machineInfo } from './machine.ts';
import { runStep, stopRunningSteps, StepTimeout, type StepResult } from './measure.ts';
import { copyProject } from './project.ts';
import { formatReport, type BenchResults, type BuildResult, type PageWeight, type SizeResult } from './report.ts';
import { median, timeAsYouType, timeFirstResult, type AsYouTypeTiming, type TypedQuery } from './search.ts';
import { prerenderChangedDiagrams } from './diagrams.ts';
import { folderBytes, htmlSizesUnder, pageAssets, totalsByKind } from './weight.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const QUERIES = ['trastuzumab', 'lysosome'];
/** What readers type into the header box on the real site: a name, code names, a misspelling, a mechanism. */
const TYPED: TypedQuery[] = [
  { query: 'trastuzumab deruxtecan', expected: '/agents/trastuzumab-deruxtecan/' },
  { query: 'DS-8201', expected: '/agents/trastuzumab-deruxtecan/' },
  { query: 'ZW25', expected: '/agents/zanidatamab/' },
  { query: 'lapatanib', expected: '/agents/lapatinib/' },
  { query: 'MET amplification', expected: '/mechanisms/met-amplification/' },
];

export function parseSizes(text: string | undefined): number[] {
  if (text?.trim() === 'none') return [];
  const sizes = (text ?? '200,1000,5000').split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  const bad = sizes.filter((n) => !Number.isInteger(n) || n < 5);
  if (bad.length > 0) throw new Error(`BENCH_SIZES must be whole numbers of at least 5, separated by commas; got "${text}"`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

export function parseRepeat(text: string | undefined): number {
  const repeat = Number(text ?? 3);
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`BENCH_REPEAT must be a whole number of at least 1; got "${text}"`);
  return repeat;
}

/** The run with the median wall time (the lower middle one of an even count), so every figure reported comes from one real build. */
export function medianRun<T extends { astroSeconds: number; pagefindSeconds: number }>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error('no runs to choose from');
  const sorted = [...runs].sort((a, b) => a.astroSeconds + a.pagefindSeconds - (b.astroSeconds + b.pagefindSeconds));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

const countHtml = (dir: string) => filesUnder(dir).filter((file) => file.endsWith('.html')).length;

interface Built {
  result: BuildResult & { cpuSeconds: number | undefined };
  dist: string;
}

/** astro build, then the Pagefind step, as `npm run build` runs them; then search timing on the result. */
async function buildAndMeasure(label: string, dir: string, env: NodeJS.ProcessEnv, browser: Browser, timeoutMs: number, problems: string[]): Promise<Built> {
  const pathEnv = { ...process.env, ...env, PATH: `${join(dir, 'node_modules', '.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' };
  const logFile = join(dir, 'build.log');
  const steps: StepResult[] = [];
  steps.push(await runStep({ name: 'astro build', command: ['node_modules/.bin/astro', 'build'], cwd: dir, env: pathEnv, log: logFile, timeoutMs }));
  steps.push(await runStep({ name: 'pagefind', command: ['node_modules/.bin/node', 'scripts/index-search.ts'], cwd: dir, env: pathEnv, log: logFile, timeoutMs }));
  const dist = join(dir, 'dist');
  const { server, origin } = await serveStatic(dist);
  try {
    const search = [];
    for (const query of QUERIES) {
      try {
        search.push(await timeFirstResult(browser, origin, query));
      } catch (error) {
        problems.push(`${label}: time to first result for "${query}" could not be measured: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    const rss = steps.map((s) => s.maxRssBytes).filter((n): n is number => n !== undefined);
    const cpu = steps.map((s) => s.cpuSeconds);
    return {
      dist,
      result: {
        pages: countHtml(dist),
        astroSeconds: steps[0].seconds,
        pagefindSeconds: steps[1].seconds,
        cpuSeconds: cpu.every((c) => c !== undefined) ? cpu.reduce((a, b) => a! + b!, 0) : undefined,
        maxRssBytes: rss.length === steps.length ? Math.max(...rss) : undefined,
        indexBytes: folderBytes(join(dist, 'pagefind')),
        search,
      },
    };
  } finally {
    await new Promise<void>((done) => server.close(() => done()));
  }
}

const PAGE_TYPES: Array<{ type: string; path: string; folder?: string }> = [
  { type: 'Home', path: '/' },
  { type: 'Agent', path: '/agents/trastuzumab/', folder: 'agents' },
  { type: 'Mechanism', path: '/mechanisms/met-amplification/', folder: 'mechanisms' },
  { type: 'Trial', path: '/trials/toga/', folder: 'trials' },
  { type: 'Table index', path: '/trials/' },
  { type: 'Table index', path: '/agents/' },
  { type: 'Table index', path: '/mechanisms/' },
  { type: 'Search (before searching)', path: '/search/' },
];

/** Search as you type on the real site, in the header and in Pagefind's default UI over the same index. */
async function asYouType(browser: Browser, dist: string): Promise<AsYouTypeTiming[]> {
  const { server, origin } = await serveStatic(dist);
  try {
    const timings: AsYouTypeTiming[] = [];
    for (const ui of ['header', 'pagefind-default'] as const) {
      for (const typed of TYPED) {
        log(`as you type (${ui}): "${typed.query}"`);
        timings.push(await timeAsYouType(browser, origin, ui, typed));
      }
    }
    return timings;
  } finally {
    await new Promise<void>((done) => server.close(() => done()));
  }
}

async function pageWeights(browser: Browser, dist: string): Promise<PageWeight[]> {
  const { server, origin } = await serveStatic(dist);
  try {
    const weights: PageWeight[] = [];
    for (const { type, path, folder } of PAGE_TYPES) {
      const totals = totalsByKind(await pageAssets(browser, origin, dist, path));
      let htmlSpread: PageWeight['htmlSpread'];
      if (folder) {
        const sizes = htmlSizesUnder(dist, folder);
        htmlSpread = { count: sizes.length, min: Math.min(...sizes), median: median(sizes), max: Math.max(...sizes) };
      }
      weights.push({ type, path, totals, htmlSpread });
    }
    return weights;
  } finally {
    await new Promise<void>((done) => server.close(() => done()));
  }
}

async function main() {
  const sizes = parseSizes(process.env.BENCH_SIZES);
  const repeat = parseRepeat(process.env.BENCH_REPEAT);
  const real = process.env.BENCH_REAL ?? 'both';
  if (!['warm', 'cold', 'both', 'dist', 'none'].includes(real)) throw new Error(`BENCH_REAL must be warm, cold, both, dist or none; got "${real}"`);
  const budgetMinutes = Number(process.env.BENCH_BUDGET_MINUTES ?? 40);
  const out = resolve(PROJECT, process.env.BENCH_OUT ?? 'bench/results.md');
  // A failed corpus build keeps the temporary copies so its log and content can be read.
  let keepWork = process.env.BENCH_KEEP === '1';
  const chromium = findChromium();
  if (!chromium) throw new Error("No Chromium found: install Debian's chromium package or set CHROMIUM_PATH");

  const work = mkdtempSync(join(tmpdir(), 'her2-bench-'));
  log(`working in ${work}; sizes ${sizes.join(', ')}; real site: ${real}; report: ${out}`);
  const realContent = loadContent(join(PROJECT, 'content'));
  if (realContent.errors.length > 0) throw new Error(`content/ has problems:\n${realContent.errors.map((e) => e.message).join('\n')}`);
  // Every corpus is built with the site's own figures, which cite real references.
  const siteFigures = loadSiteFigures(join(PROJECT, 'src/figures'));
  const results: BenchResults = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    machine: machineInfo(PROJECT, chromium),
    loadAverage: loadavg(),
    planned: sizes,
    repeat,
    sizes: [],
    skipped: [],
    queries: QUERIES,
    problems: [],
  };
  const save = () => {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, formatReport(results));
  };
  const timeoutMs = budgetMinutes * 60_000;
  /** A build stopped at the time limit is reported as not measured; any other failure ends the run. */
  const stopped = async <T>(label: string, run: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof StepTimeout)) throw error;
      results.problems.push(`${label}: the build was stopped at the ${budgetMinutes}-minute limit (BENCH_BUDGET_MINUTES) before it finished, so nothing was measured for it.`);
      log(error.message);
      return undefined;
    }
  };
  const browser = await launch();
  try {
    if (real !== 'none') {
      results.real = { entries: realContent.entries.length, weights: [] };
      if (real === 'dist') {
        const dist = join(PROJECT, 'dist');
        log('real site: measuring the existing dist/ without building');
        const { server, origin } = await serveStatic(dist);
        const search = [];
        try {
          for (const query of QUERIES) {
            try {
              search.push(await timeFirstResult(browser, origin, query));
            } catch (error) {
              results.problems.push(`Existing dist/: time to first result for "${query}" could not be measured: ${(error as Error).message.split('\n')[0]}`);
            }
          }
        } finally {
          await new Promise<void>((done) => server.close(() => done()));
        }
        results.real.existing = { pages: countHtml(dist), indexBytes: folderBytes(join(dist, 'pagefind')), search };
        try {
          results.real.weights = await pageWeights(browser, dist);
        } catch (error) {
          results.problems.push(`Page weights of the existing dist/ could not be measured: ${(error as Error).message.split('\n')[0]}`);
        }
        try {
          results.real.asYouType = await asYouType(browser, dist);
        } catch (error) {
          results.problems.push(`Search as you type on the existing dist/ could not be measured: ${(error as Error).message.split('\n')[0]}`);
        }
        save();
      }
      if (real === 'warm' || real === 'both') {
        const dir = join(work, 'real-warm');
        copyProject({ from: PROJECT, to: dir, content: { copyFrom: join(PROJECT, 'content') }, diagramCache: 'copy' });
        log('real site, warm diagram cache: building');
        const built = await stopped('Real site, warm', () => buildAndMeasure('Real site, warm', dir, {}, browser, timeoutMs, results.problems));
        if (built) {
          results.real.warm = built.result;
          try {
            results.real.weights = await pageWeights(browser, built.dist);
          } catch (error) {
            results.problems.push(`Page weights of the real site could not be measured: ${(error as Error).message.split('\n')[0]}`);
          }
          try {
            results.real.asYouType = await asYouType(browser, built.dist);
          } catch (error) {
            results.problems.push(`Search as you type on the real site could not be measured: ${(error as Error).message.split('\n')[0]}`);
          }
          log(`real site, warm: ${built.result.pages} pages, ${(built.result.astroSeconds + built.result.pagefindSeconds).toFixed(1)} s`);
        }
        save();
        if (!keepWork) rmSync(dir, { recursive: true, force: true });
      }
      if (real === 'cold' || real === 'both') {
        const dir = join(work, 'real-cold');
        copyProject({ from: PROJECT, to: dir, content: { copyFrom: join(PROJECT, 'content') }, diagramCache: 'empty' });
        log('real site, cold diagram cache (DIAGRAMS=render): building');
        const built = await stopped('Real site, cold', () => buildAndMeasure('Real site, cold', dir, { DIAGRAMS: 'render' }, browser, timeoutMs, results.problems));
        if (built) {
          const rendered = readdirSync(join(dir, 'diagram-cache'));
          results.real.cold = {
            ...built.result,
            diagramsRendered: rendered.filter((f) => f.endsWith('.svg')).length,
            pngsRendered: rendered.filter((f) => f.endsWith('.png')).length,
          };
          log(
            `real site, cold: ${(built.result.astroSeconds + built.result.pagefindSeconds).toFixed(1)} s, ${results.real.cold.diagramsRendered} SVGs and ${results.real.cold.pngsRendered} slide PNGs rendered`,
          );
        }
        save();
        if (!keepWork) rmSync(dir, { recursive: true, force: true });
      }
    }

    for (const [i, size] of sizes.entries()) {
      // Decide from what was measured whether the next size fits in the budget; the estimate is never reported as a result.
      const done = results.sizes.map((s) => ({ x: s.entries, y: s.astroSeconds + s.pagefindSeconds }));
      if (done.length >= 2) {
        const fit = linearFit(done);
        const estimate = (fit.intercept + fit.slope * size) / 60;
        if (estimate > budgetMinutes) {
          for (const skipped of sizes.slice(i)) {
            results.skipped.push({
              entries: skipped,
              reason: `A straight line through the measured sizes put this build at about ${Math.round((fit.intercept + fit.slope * skipped) / 60)} minutes on this machine at the time, over the ${budgetMinutes}-minute budget (BENCH_BUDGET_MINUTES), so it was not built. That estimate only decided what to skip; no number for this size appears above.`,
            });
          }
          save();
          break;
        }
      }
      let dir = join(work, `corpus-${size}`);
      try {
        const corpus = generateCorpus(realContent.entries, size, siteFigures);
        const runs: Array<Built['result']> = [];
        // The diagrams this corpus changes are rendered once, into the first copy; later copies take that cache.
        const sizeCache = join(work, `diagram-cache-${size}`);
        // Each build starts from a fresh copy, so every run is equally cold for Astro and Vite.
        for (let run = 1; run <= repeat; run++) {
          dir = join(work, `corpus-${size}-${run}`);
          const started = performance.now();
          copyProject({ from: PROJECT, to: dir, content: { files: corpus.files }, diagramCache: run === 1 ? 'copy' : { copyFrom: sizeCache } });
          if (run === 1) {
            const prerendered = await prerenderChangedDiagrams(dir);
            cpSync(join(dir, 'diagram-cache'), sizeCache, { recursive: true });
            log(
              `${size} entries: corpus written and checked (${corpus.diagrams} page diagrams, ${corpus.changedDiagrams} with node links pointed inside the corpus; ${prerendered.generated} generated figures); ${prerendered.rendered} SVGs rendered into the cache in ${((performance.now() - started) / 1000).toFixed(1)} s`,
            );
          }
          log(`${size} entries, build ${run} of ${repeat}: building`);
          // No slide PNGs: every synthetic figure has a footer (URL, caption) of its own, so each would need its own Chromium render.
          const built = await buildAndMeasure(`${size} entries`, dir, {}, browser, timeoutMs, results.problems);
          runs.push(built.result);
          log(`${size} entries, build ${run} of ${repeat}: ${built.result.pages} pages, ${(built.result.astroSeconds + built.result.pagefindSeconds).toFixed(1)} s`);
          if (!keepWork) rmSync(dir, { recursive: true, force: true });
        }
        const result: SizeResult = {
          ...medianRun(runs),
          entries: size,
          counts: corpus.counts,
          diagrams: corpus.diagrams,
          wallRuns: runs.map((r) => r.astroSeconds + r.pagefindSeconds),
        };
        results.sizes.push(result);
        if (!keepWork) rmSync(sizeCache, { recursive: true, force: true });
      } catch (error) {
        const message = (error as Error).message;
        if (error instanceof StepTimeout) {
          results.skipped.push({
            entries: size,
            reason: `The build was started and stopped at the ${budgetMinutes}-minute budget (BENCH_BUDGET_MINUTES) before it finished, so nothing was measured for it.`,
          });
        } else {
          // A failure is a finding, not a crash: it goes into the report, the copy is kept to read, and the next size runs.
          keepWork = true;
          const [first, ...rest] = message.split('\n');
          results.skipped.push({
            entries: size,
            reason: `Its build failed, so nothing was measured for it. ${first}\n\n\`\`\`\n${rest
              .filter((line) => line.trim())
              .slice(-8)
              .join('\n')}\n\`\`\``,
          });
        }
        log(keepWork ? `${message}\nthe project copy is kept in ${dir}` : message);
      }
      save();
    }
  } finally {
    await browser.close();
    if (!keepWork) rmSync(work, { recursive: true, force: true });
  }
  save();
  log(`report written to ${out}`);
}

if (import.meta.main) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopRunningSteps();
      process.exit(130);
    });
  }
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
