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

/** A query typed into a search box, with the page a reader expects first. */
export interface TypedQuery {
  query: string;
  /** Path of the page that should come first. */
  expected: string;
}

/** One way of searching, timed cold (fresh browser, nothing cached), warm (a second page in the same browser, index files in its HTTP cache) and loaded (a further query on that page). */
export interface AsYouTypeTiming extends TypedQuery {
  ui: 'header' | 'pagefind-default';
  cold: number[];
  warm: number[];
  /** A further query on a page where the search has already run once (index loaded in the page). */
  loaded: number[];
  /** The same three, timed from the last keystroke: what a reader waits once they stop typing. */
  afterTyping: { cold: number[]; warm: number[]; loaded: number[] };
  /** Path of the first result on each run (cold, warm, loaded), to show whether the right page led. */
  firsts: string[];
}

/** Pagefind's own default UI over the same index, on a page of its own, as its documentation sets it up. */
const PAGEFIND_DEFAULT_UI = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind default UI</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><main><div id="search"></div></main><script>addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search' }));</script></body></html>`;
const DEFAULT_UI_PATH = '/__bench/pagefind-default-ui/';

/** Where each UI takes the query, and what counts as its answer: the first result's link, or its "nothing found" message (an empty path). */
const UIS = {
  header: { box: '#site-search-q', first: '#site-search-list [role="option"] a', none: '', pages: ['/mechanisms/met-amplification/', '/trials/toga/'] },
  'pagefind-default': {
    box: '.pagefind-ui__search-input',
    first: '.pagefind-ui__result-link',
    none: '.pagefind-ui__message',
    pages: [DEFAULT_UI_PATH, `${DEFAULT_UI_PATH}?again`],
  },
} as const;

/**
 * Milliseconds from the first keystroke to the first result under the box. The query is typed at
 * once after the click in the box, so the loading that the click starts (search code and index on
 * first use) overlaps the typing as little as it can. Includes each UI's own debounce (80 ms in the
 * header, Pagefind's default 300 ms).
 */
async function typeAndTime(
  page: import('playwright-core').Page,
  origin: string,
  path: string,
  ui: keyof typeof UIS,
  query: string,
  prime?: string,
): Promise<{ ms: number; afterTyping: number; first: string }> {
  await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 300_000 });
  const { box, none } = UIS[ui];
  // The header marks the list with the words it answers; only results for the whole query count, not those for the first letters.
  const answers = (words: string) => (ui === 'header' ? `#site-search-list[data-query=${JSON.stringify(words)}] [role="option"] a` : UIS[ui].first);
  const first = answers(query);
  await page.click(box);
  if (prime) {
    // Another search first, so the index is loaded in this page; then the box is emptied.
    await page.keyboard.type(prime);
    await page.waitForSelector(answers(prime), { timeout: 60_000 });
    await page.fill(box, '');
    await page.waitForFunction((first) => !document.querySelector(first), UIS[ui].first, { timeout: 60_000 });
  }
  const started = performance.now();
  await page.keyboard.type(query);
  const typed = performance.now();
  const answer = await page.waitForFunction(
    ({ first, none }) => {
      const link = document.querySelector<HTMLAnchorElement>(first);
      if (link) return link.href;
      return none && /^No results/.test(document.querySelector(none)?.textContent?.trim() ?? '') ? 'none' : false;
    },
    { first, none },
    { timeout: 60_000 },
  );
  const ms = performance.now() - started;
  const afterTyping = performance.now() - typed;
  const href = (await answer.jsonValue()) as string;
  // The header's last option links to the search page; when it comes first, nothing was found.
  const found = href === 'none' ? '' : new URL(href).pathname;
  return { ms, afterTyping, first: found.endsWith('/search/') ? '' : found };
}

export async function timeAsYouType(browser: Browser, origin: string, ui: keyof typeof UIS, typed: TypedQuery, runs = 5): Promise<AsYouTypeTiming> {
  const result: AsYouTypeTiming = { ...typed, ui, cold: [], warm: [], loaded: [], afterTyping: { cold: [], warm: [], loaded: [] }, firsts: [] };
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    context.setDefaultTimeout(300_000);
    await context.route(`${origin}${DEFAULT_UI_PATH}**`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGEFIND_DEFAULT_UI }));
    try {
      const page = await context.newPage();
      const [coldPage, warmPage] = UIS[ui].pages;
      const cold = await typeAndTime(page, origin, coldPage, ui, typed.query);
      const warm = await typeAndTime(page, origin, warmPage, ui, typed.query);
      const loaded = await typeAndTime(page, origin, warmPage, ui, typed.query, 'HER2');
      result.cold.push(cold.ms);
      result.warm.push(warm.ms);
      result.loaded.push(loaded.ms);
      result.afterTyping.cold.push(cold.afterTyping);
      result.afterTyping.warm.push(warm.afterTyping);
      result.afterTyping.loaded.push(loaded.afterTyping);
      result.firsts.push(cold.first, warm.first, loaded.first);
    } finally {
      await context.close();
    }
  }
  return result;
}
