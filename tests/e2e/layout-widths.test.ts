import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
import { distPages } from './dist-files.ts';

/**
 * Read at a glance: no page is wider than a phone's screen (a wide table scrolls inside its own
 * frame), and on a laptop the overview tables show every column without scrolling.
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

  it('on a 1366 px screen the overview tables are whole: no column hidden behind a scroll', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const cut: string[] = [];
    for (const path of ['/trials/', '/agents/', '/changes/']) {
      await page.goto(`${origin}${path}`);
      const frames = await page.$$eval('.table-wrap', (wraps) => wraps.map((w) => ({ id: w.querySelector('table')?.id ?? '?', scroll: w.scrollWidth, client: w.clientWidth })));
      for (const f of frames) if (f.scroll > f.client + 1) cut.push(`${path}#${f.id}: ${f.scroll} px in a ${f.client} px frame`);
    }
    await page.close();
    expect(cut).toEqual([]);
  }, 300_000);
});
