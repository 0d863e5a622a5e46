/**
 * Time to first search result, as a reader meets it: open /search/, click the
 * box (which starts loading Pagefind), type the query, and wait until the first
 * result is in the list. Includes the page's 250 ms input debounce. Each run uses
 * a fresh browser context, so nothing is cached between runs.
 */
import type { Browser } from 'playwright-core';

export interface SearchTiming {
  query: string;
  /** Milliseconds from the click to the first result, one per run. */
  runs: number[];
  results: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export async function timeFirstResult(browser: Browser, origin: string, query: string, runs = 3): Promise<SearchTiming> {
  const times: number[] = [];
  let results = 0;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    context.setDefaultTimeout(300_000);
    try {
      const page = await context.newPage();
      // Generous: on a heavily loaded machine Chromium itself can take minutes to load a page.
      await page.goto(`${origin}/search/`, { waitUntil: 'load', timeout: 300_000 });
      const started = performance.now();
      await page.click('#search-q');
      await page.keyboard.type(query);
      await page.waitForSelector('.search-results li', { timeout: 120_000 });
      times.push(performance.now() - started);
      await page.waitForFunction(() => !/Searching/.test(document.querySelector('.search-status')?.textContent ?? ''), undefined, { timeout: 120_000 });
      const status = (await page.textContent('.search-status')) ?? '';
      results = Number(/^(\d+) result/.exec(status)?.[1] ?? 0);
    } finally {
      await context.close();
    }
  }
  return { query, runs: times, results };
}
