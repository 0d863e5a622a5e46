import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
import { distPages } from './dist-files.ts';

/**
 * Read at a glance: no page is wider than a phone's screen (a wide table scrolls inside its own
 * frame), and on a laptop every table shows every column without scrolling.
 */
const origin = inject('origin');
let browser: Browser;
beforeAll(async () => (browser = await launch()), 120_000);
afterAll(async () => browser?.close());

describe('widths', () => {
  it('no page is wider than a 390 px phone screen', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const wide: string[] = [];
    for (const { path } of distPages().filter((p) => !p.path.endsWith('404.html'))) {
      await page.goto(`${origin}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${path}: ${width} px`);
    }
    await page.close();
    expect(wide).toEqual([]);
  }, 600_000);

  it('on a 1366 px screen every table is whole: no column hidden behind a scroll, on any page', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const cut: string[] = [];
    let tables = 0;
    for (const { path } of distPages().filter((p) => !p.path.endsWith('404.html'))) {
      await page.goto(`${origin}${path}`);
      const frames = await page.$$eval('main table', (all) =>
        all.map((table) => {
          const frame = (table.closest('.table-wrap') ?? table.parentElement) as HTMLElement;
          return { id: table.id || '?', scroll: frame.scrollWidth, client: frame.clientWidth };
        }),
      );
      tables += frames.length;
      for (const f of frames) if (f.scroll > f.client + 1) cut.push(`${path}#${f.id}: ${f.scroll} px in a ${f.client} px frame`);
    }
    await page.close();
    expect(tables).toBeGreaterThan(150);
    expect(cut).toEqual([]);
  }, 600_000);
});
