import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { distPages } from './dist-files.ts';
import { countPdfPages } from '../../src/lib/pdf-pages.ts';

const origin = inject('origin');
const pages = distPages();
const html = new Map(pages.map((p) => [p.path, p.html]));
const CARD_PATH = /^\/(agents|mechanisms)\/[^/]+\/card\/$/;
const cardPaths = pages
  .map((p) => p.path)
  .filter((p) => CARD_PATH.test(p))
  .sort();
const ids = (kind: 'agents' | 'mechanisms') => (JSON.parse(readFileSync(`dist/data/${kind}.json`, 'utf8')) as Array<{ id: string }>).map((e) => e.id);
const entries = [...ids('agents').map((id) => `/agents/${id}/`), ...ids('mechanisms').map((id) => `/mechanisms/${id}/`)];

/** 8.5 pt in CSS pixels (96 per inch, 72 pt per inch): the smallest body text a card may print. */
const MIN_PRINT_PX = (8.5 * 96) / 72;

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  // One page for the whole file: printing 40 cards twice must stay quick on two cores.
  page = await browser.newPage();
  await page.emulateMedia({ media: 'print' });
});
afterAll(async () => {
  await browser?.close();
});

describe('teaching cards', () => {
  it('exist for every agent and mechanism, and every entry page links to its card', () => {
    expect(cardPaths).toEqual(entries.map((path) => `${path}card/`).sort());
    for (const path of entries) {
      expect(html.get(path), path).toMatch(new RegExp(`<a href="${path}card/">Teaching card \\(1 page, printable\\)</a>`));
    }
  });

  it('stay out of the search index and name their entry as the canonical page', async () => {
    const canonical = (path: string) => /<link rel="canonical" href="([^"]+)"/.exec(html.get(path)!)?.[1];
    for (const path of cardPaths) {
      const entry = path.replace(/card\/$/, '');
      expect(html.get(path), path).not.toContain('data-pagefind-body');
      expect(canonical(path), path).toBe(canonical(entry));
      expect(canonical(entry), entry).toMatch(new RegExp(`${entry}$`));
    }
    await page.goto(`${origin}/search/`);
    // Passed as source text: the test runner rewrites import() in functions it compiles.
    const queries = ['teaching card', 'trastuzumab', 'MET amplification', 'printable'];
    const urls = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const found = [];
      for (const query of ${JSON.stringify(queries)}) {
        const { results } = await pagefind.search(query);
        for (const result of results) found.push((await result.data()).url);
      }
      return found;
    })()`)) as string[];
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => url.includes('/card/'))).toEqual([]);
  }, 180_000);

  it('the page counter sees a long entry page as several pages', async () => {
    await page.goto(`${origin}/agents/trastuzumab/`);
    expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
  });

  // Every card, in CI too: a print is about 2 s on a busy two-core machine.
  it('every card prints on exactly one A4 page and one Letter page, with body text of 8.5 pt or more', async () => {
    const problems: string[] = [];
    const started = Date.now();
    for (const path of cardPaths) {
      await page.goto(`${origin}${path}`);
      for (const format of ['A4', 'Letter'] as const) {
        const count = countPdfPages(await page.pdf({ format }));
        if (count !== 1) problems.push(`${path} ${format}: ${count} pages`);
      }
      // Diagram labels scale with their figure and citation numbers are superscripts; all other text counts.
      const small = await page.evaluate((min) => {
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement;
          if (!element || !node.textContent?.trim() || element.closest('svg, sup, .visually-hidden') || element.getClientRects().length === 0) continue;
          const size = parseFloat(getComputedStyle(element).fontSize);
          if (size < min - 0.01) out.push(`${(size * 0.75).toFixed(1)} pt: "${node.textContent.trim().slice(0, 40)}"`);
        }
        return out;
      }, MIN_PRINT_PX);
      problems.push(...small.slice(0, 3).map((s) => `${path}: ${s}`));
    }
    console.log(`card prints: ${cardPaths.length} cards, A4 and Letter, ${Math.round((Date.now() - started) / 1000)} s`);
    expect(problems).toEqual([]);
    expect(cardPaths.length).toBeGreaterThan(20);
  }, 1_200_000);
});

describe('a card on paper', () => {
  it('fits the printable width, and its figure prints with labels of 6 pt or more or gives in its place the address of its full-size copy', async () => {
    // The printable width of A4 and Letter with the card's 10 mm margins: 190 mm.
    const context = await browser.newContext({ viewport: { width: Math.round((190 * 96) / 25.4), height: 1000 } });
    const tab = await context.newPage();
    await tab.emulateMedia({ media: 'print' });
    const problems: string[] = [];
    let noted = 0;
    try {
      for (const path of cardPaths) {
        await tab.goto(`${origin}${path}`);
        // Nothing runs past the paper's printable width (a value that cannot wrap would be cut off).
        const overflow = await tab.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.teaching-card *')]
            .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .map((e) => `${e.tagName.toLowerCase()}.${e.className}: "${(e.textContent ?? '').trim().slice(0, 40)}"`),
        );
        if (overflow.length > 0) problems.push(`${path}: runs past the printable width: ${overflow.slice(0, 2).join('; ')}`);
        if (!html.get(path)!.includes('class="diagram')) continue;
        const seen = await tab.evaluate(() => {
          const svg = [...document.querySelectorAll<HTMLElement>('.card-figure .diagram-view')].find((v) => v.offsetParent !== null)?.querySelector('svg');
          const note = document.querySelector<HTMLElement>('.card-figure-note');
          const noteLink = note && note.offsetParent !== null ? note.querySelector('a')?.href : undefined;
          if (!svg) return { labelPx: undefined, noteLink };
          const box = svg.getBoundingClientRect();
          const scale = Math.min(box.width / svg.viewBox.baseVal.width, box.height / svg.viewBox.baseVal.height);
          const sizes = [...svg.querySelectorAll('text')].filter((t) => t.textContent?.trim()).map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
          return { labelPx: Math.min(...sizes), noteLink };
        });
        if (seen.labelPx !== undefined && seen.labelPx < 8) problems.push(`${path}: figure prints with ${(seen.labelPx * 0.75).toFixed(1)} pt labels`);
        if (seen.labelPx === undefined) {
          noted += 1;
          const file = seen.noteLink && new URL(seen.noteLink).pathname;
          if (!file || !/\/figures\/[\w-]+\.svg$/.test(file)) problems.push(`${path}: no figure and no full-size address on paper (${seen.noteLink})`);
          else if (!readFileSync(`dist${file}`, 'utf8').startsWith('<?xml')) problems.push(`${path}: ${file} is not an SVG`);
        }
      }
    } finally {
      await context.close();
    }
    console.log(`card figures on paper: ${noted} give their full-size address instead of an illegible drawing`);
    expect(problems).toEqual([]);
  }, 300_000);
});

describe('printing from the dark theme', () => {
  it('puts every page and card on white paper with black text and the light copy of each diagram, whether dark comes from the system or the toggle', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const tab = await context.newPage();
    await tab.emulateMedia({ media: 'print', colorScheme: 'dark' });
    try {
      for (const path of ['/trials/toga/', '/agents/trastuzumab/', '/mechanisms/met-amplification/card/', '/timeline/']) {
        await tab.goto(`${origin}${path}`);
        for (const source of ['system', 'toggle'] as const) {
          if (source === 'toggle') await tab.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
          const seen = await tab.evaluate(() => {
            const style = getComputedStyle(document.body);
            const views = [...document.querySelectorAll<HTMLElement>('.diagram-view')].filter((v) => getComputedStyle(v).display !== 'none');
            return { background: style.backgroundColor, color: style.color, shown: views.map((v) => (v.classList.contains('diagram-dark') ? 'dark' : 'light')) };
          });
          const where = `${path} (dark from the ${source})`;
          expect(seen.background, where).toBe('rgb(255, 255, 255)');
          expect(seen.color, where).toBe('rgb(0, 0, 0)');
          expect(
            seen.shown.every((theme) => theme === 'light'),
            `${where}: ${seen.shown.join(', ')}`,
          ).toBe(true);
        }
      }
    } finally {
      await context.close();
    }
  });
});
