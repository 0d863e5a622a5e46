import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser.ts';

/** Search as you type from the header of a content page, with the keyboard, as the combobox pattern has it. */
const origin = inject('origin');
let browser: Browser;
let page: Page;
const requested: string[] = [];
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${origin}/mechanisms/p95her2-truncation/`);
}, 120_000);
afterAll(async () => browser?.close());

const options = () =>
  page.$$eval('#site-search-list [role="option"]', (items) =>
    items.map((li) => ({ id: li.id, url: new URL(li.querySelector('a')!.href).pathname, text: li.textContent?.trim() ?? '', selected: li.getAttribute('aria-selected') })),
  );

describe('search from the header', () => {
  it('loads no search code before the reader reaches for the box', async () => {
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => /pagefind|header-search|site-search|search-terms/.test(path))).toEqual([]);
  });

  it('shows results under the box as one types, grouped by page type, the right page first', async () => {
    await page.focus('#site-search-q');
    await page.keyboard.type('trastuzumab derux', { delay: 30 });
    // The list for the whole query, once final (the list for "trastuzumab", typed on the way, rightly leads with trastuzumab).
    await page.waitForFunction(() => /^All \d+ results/.test(document.querySelector('#site-search-list[data-query="trastuzumab derux"] .site-search-all')?.textContent ?? ''));
    expect(await page.getAttribute('#site-search-q', 'aria-expanded')).toBe('true');
    const groups = await page.$$eval('#site-search-list .site-search-group', (items) => items.map((li) => li.textContent));
    expect(groups[0]).toBe('Agents');
    expect((await options())[0].url).toBe('/agents/trastuzumab-deruxtecan/');
    expect(requested.some((path) => path.endsWith('pagefind.js'))).toBe(true);
  });

  it('moves through the options with the arrow keys and opens the chosen one with Enter', async () => {
    await page.keyboard.press('ArrowDown');
    const first = (await options())[0];
    expect(await page.getAttribute('#site-search-q', 'aria-activedescendant')).toBe(first.id);
    expect(first.selected).toBe('true');
    await Promise.all([page.waitForURL(`**${first.url}`), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(first.url);
  });

  it('a misspelt name finds its page; Escape closes the list; Enter with no option opens the search page', async () => {
    await page.goto(`${origin}/trials/toga/`);
    await page.focus('#site-search-q');
    await page.keyboard.type('zanidatamib', { delay: 20 });
    await page.waitForFunction(() => /^All \d+ results/.test(document.querySelector('#site-search-list[data-query="zanidatamib"] .site-search-all')?.textContent ?? ''));
    expect((await options())[0].url).toBe('/agents/zanidatamab/');
    expect(await page.textContent('#site-search-list .site-search-note')).toContain('Zanidatamab');
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('#site-search-q', 'aria-expanded')).toBe('false');
    expect(await page.isHidden('#site-search-list')).toBe(true);
    await Promise.all([page.waitForURL('**/search/?q=zanidatamib'), page.keyboard.press('Enter')]);
  });

  it('shows the first pages as soon as they are checked and never moves the first one when the rest arrive', async () => {
    await page.goto(`${origin}/agents/pertuzumab/`);
    // Every state of the list: the words it answers, its first option and its last ("All N results").
    await page.evaluate(() => {
      const list = document.getElementById('site-search-list')!;
      const states: Array<{ query: string; first: string; last: string }> = ((window as unknown as { states: typeof states }).states = []);
      new MutationObserver(() => {
        const options = [...list.querySelectorAll('[role="option"] a')];
        if (options.length > 0)
          states.push({ query: list.dataset.query ?? '', first: new URL((options[0] as HTMLAnchorElement).href).pathname, last: options.at(-1)!.textContent ?? '' });
      }).observe(list, { childList: true });
    });
    let early = 0;
    for (const [query, expected] of [
      ['DS-8201', '/agents/trastuzumab-deruxtecan/'],
      ['T-DXd', '/agents/trastuzumab-deruxtecan/'],
      ['Herceptin', '/agents/trastuzumab/'],
    ]) {
      await page.fill('#site-search-q', '');
      await page.focus('#site-search-q');
      await page.keyboard.type(query);
      await page.waitForFunction((query) => /^All \d+ results/.test(document.querySelector(`#site-search-list[data-query="${query}"] .site-search-all`)?.textContent ?? ''), query);
      const states = (await page.evaluate(() => (window as unknown as { states: Array<{ query: string; first: string; last: string }> }).states)).filter((s) => s.query === query);
      expect(states.length, query).toBeGreaterThan(0);
      expect(
        states.map((s) => s.first),
        query,
      ).toEqual(states.map(() => expected));
      // The count is given once it is known: an early list says "All results", never a number that then changes.
      expect(
        states.slice(0, -1).every((s) => s.last === 'All results, with filters'),
        JSON.stringify(states),
      ).toBe(true);
      expect(await page.textContent('.site-search-status')).toMatch(/^\d+ results?\./);
      if (states.length > 1) early += 1;
    }
    // Each of these names finds more than four pages, so each list came early and then grew.
    expect(early).toBe(3);
  });

  it('a list the reader closed (Escape) or left (focus elsewhere) stays closed when the rest of the results arrive', async () => {
    const tab = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    // Each page's text arrives late, so the early answer (the named page) is on screen well before the rest.
    await tab.route('**/pagefind/fragment/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    const finalFor = (query: string) =>
      tab.waitForFunction((query) => /^All \d+ results/.test(document.querySelector(`#site-search-list[data-query="${query}"] .site-search-all`)?.textContent ?? ''), query, {
        timeout: 15_000,
      });
    const earlyShown = () =>
      tab.waitForFunction(
        () => !document.getElementById('site-search-list')!.hidden && document.querySelector('#site-search-list .site-search-all')?.textContent === 'All results, with filters',
      );
    await tab.goto(`${origin}/trials/toga/`);
    await tab.focus('#site-search-q');
    await tab.keyboard.type('DS-8201');
    await earlyShown();
    await tab.keyboard.press('Escape');
    await finalFor('DS-8201');
    expect(await tab.isHidden('#site-search-list')).toBe(true);
    expect(await tab.getAttribute('#site-search-q', 'aria-expanded')).toBe('false');
    // The words are kept, and the arrow key opens the full list again.
    await tab.keyboard.press('ArrowDown');
    expect(await tab.isHidden('#site-search-list')).toBe(false);

    await tab.fill('#site-search-q', '');
    await tab.keyboard.type('ZW25');
    await earlyShown();
    await tab.focus('main a');
    await finalFor('ZW25');
    expect(await tab.isHidden('#site-search-list')).toBe(true);
    expect(await tab.getAttribute('#site-search-q', 'aria-expanded')).toBe('false');
    await tab.close();
  });

  it('"/" and Ctrl+K put the cursor in the box from anywhere on the page', async () => {
    await page.goto(`${origin}/agents/pertuzumab/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
  });
});

describe('the search page as results arrive', () => {
  it('moves nothing on screen, on a laptop and on a phone, from an address or from typing', async () => {
    for (const viewport of [
      { width: 1366, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const context = await browser.newContext({ viewport });
      const tab = await context.newPage();
      // From an address every shift counts: results must grow into space already kept for them.
      await tab.addInitScript(() => {
        const shifts: Array<{ value: number; moved: string; typing: boolean }> = ((window as unknown as { shifts: typeof shifts }).shifts = []);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean; sources?: Array<{ node?: Element }> }>) {
            shifts.push({ value: entry.value, typing: entry.hadRecentInput, moved: (entry.sources ?? []).map((s) => `${s.node?.nodeName}.${s.node?.className}`).join(', ') });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      // The total, and what moved, for the message. While the reader types, the list follows each
      // keystroke (as CLS allows within half a second of input); only moves nobody asked for count then.
      const shifted = async (whileTyping = false) => {
        const shifts = (await tab.evaluate(() => (window as unknown as { shifts: Array<{ value: number; moved: string; typing: boolean }> }).shifts)).filter(
          (s) => !(whileTyping && s.typing),
        );
        return Object.assign(new Number(shifts.reduce((a, s) => a + s.value, 0)), { toString: () => JSON.stringify(shifts) });
      };
      for (const query of ['trastuzumab', 'lapatanib']) {
        await tab.goto(`${origin}/search/?q=${query}`);
        await tab.waitForSelector('.search-results li');
        await tab.waitForTimeout(300);
        const total = await shifted();
        expect(Number(total), `${viewport.width} px, /search/?q=${query}: ${total}`).toBeLessThan(0.001);
      }
      await tab.goto(`${origin}/search/`);
      await tab.click('#search-q');
      await tab.keyboard.type('pertuzimab', { delay: 60 });
      await tab.waitForSelector('.search-results li');
      await tab.waitForTimeout(300);
      const total = await shifted(true);
      expect(Number(total), `${viewport.width} px, typed on /search/: ${total}`).toBeLessThan(0.001);
      await context.close();
    }
  });
});
