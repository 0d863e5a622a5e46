import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { distPages } from './dist-files.ts';

/** What a reader sees first on each kind of page, how citations behave, and what a page costs in requests. */
const origin = inject('origin');
const LAPTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const pages = distPages().map((p) => p.path);
const one = (folder: string) => pages.find((p) => new RegExp(`^/${folder}/[^/]+/$`).test(p))!;
const ENTRY_PAGES = ['/agents/trastuzumab-deruxtecan/', '/mechanisms/p95her2-truncation/', '/trials/toga/', one('agents'), one('mechanisms'), one('trials')];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
}, 120_000);
afterAll(async () => browser?.close());

async function open(path: string, viewport = LAPTOP, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  return page;
}

/** The box of an element relative to the first screen: visible when it starts inside it. */
const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);

describe('the first screen', () => {
  it('home leads with what the site is and the reader’s routes, on a laptop and a phone', async () => {
    for (const viewport of [LAPTOP, PHONE]) {
      const page = await open('/', viewport);
      const routes = await page.$$eval('main a', (links) =>
        links.filter((a) => a.getBoundingClientRect().bottom <= innerHeight && a.getBoundingClientRect().width > 0).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      for (const route of ['/agents/', '/mechanisms/', '/trials/']) expect(routes, `${viewport.width} px`).toContain(route);
      expect((await box(page, 'main h1')).top, `${viewport.width} px`).toBeLessThan(viewport.height / 3);
      await page.context().close();
    }
  });

  it('an entry page shows its title, lede and facts box on a laptop’s first screen, and its section list stays in view while the body is read', async () => {
    for (const path of ENTRY_PAGES) {
      const page = await open(path);
      for (const selector of ['.entry-header h1', '.entry-header .summary', '.infobox']) {
        expect((await box(page, selector)).top, `${path} ${selector}`).toBeLessThan(LAPTOP.height - 100);
      }
      // Beside the lede, not below it.
      expect((await box(page, '.infobox')).left).toBeGreaterThan((await box(page, '.entry-header .summary')).right);
      await page.locator('.entry-body > :last-child').scrollIntoViewIfNeeded();
      const toc = await box(page, '.page-toc');
      expect(toc.top, `${path}: the section list scrolled out of view`).toBeGreaterThanOrEqual(0);
      expect(toc.top).toBeLessThan(LAPTOP.height);
      const current = await page.$$eval('.page-toc a[aria-current="true"]', (links) => links.length);
      expect(current, `${path}: one section marked as the one being read`).toBe(1);
      await page.context().close();
    }
  });

  it('on a phone the header is compact and the facts box follows the lede', async () => {
    for (const path of ENTRY_PAGES) {
      const page = await open(path, PHONE);
      const header = await box(page, '.site-header');
      expect(header.height, `${path}: header ${header.height} px`).toBeLessThanOrEqual(PHONE.height * 0.15);
      expect((await box(page, '.entry-header h1')).top).toBeLessThan(PHONE.height / 4);
      expect((await box(page, '.infobox')).top).toBeGreaterThan((await box(page, '.entry-header .summary')).bottom);
      await page.context().close();
    }
  });
});

describe('citations', () => {
  const PAGE = '/agents/trastuzumab-deruxtecan/';

  it('hovering or focusing a citation number shows the reference in place', async () => {
    const page = await open(PAGE);
    const link = page.locator('.entry-body a[data-cite]').first();
    const target = (await link.getAttribute('href'))!;
    const entry = (await page.locator(`${target}`).textContent())!.trim();
    await link.hover();
    const preview = page.locator('#citation-preview');
    await preview.waitFor({ state: 'visible' });
    const shown = (await preview.textContent())!;
    // The entry's own words (its first 60 characters), not a copy kept elsewhere.
    expect(shown).toContain(entry.slice(0, 60));
    expect(await link.getAttribute('aria-describedby')).toBe('citation-preview');
    const near = await preview.evaluate(
      (el, linkBox) => Math.abs(el.getBoundingClientRect().top - linkBox.bottom),
      await link.evaluate((el) => el.getBoundingClientRect().toJSON()),
    );
    expect(near).toBeLessThan(400);
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'hidden' });
    await link.focus();
    await preview.waitFor({ state: 'visible' });
    await page.context().close();
  });

  it('each reference links back to every place that cites it, and the targeted one stands out', async () => {
    const page = await open(PAGE);
    const counts = await page.$$eval('a[data-cite][href^="#"]', (links) => {
      const byTarget = new Map<string, number>();
      for (const a of links) byTarget.set((a as HTMLAnchorElement).hash, (byTarget.get((a as HTMLAnchorElement).hash) ?? 0) + 1);
      return [...byTarget];
    });
    expect(counts.length).toBeGreaterThan(3);
    for (const [hash, count] of counts) {
      const back = await page.$$eval(`${hash} .cited-at a`, (links) => links.map((a) => (a as HTMLAnchorElement).hash));
      expect(back.length, hash).toBe(count);
      for (const anchor of back) expect(await page.locator(`${anchor}[data-cite]`).count(), anchor).toBe(1);
    }
    const [hash] = counts[0];
    await page.locator(`a[data-cite][href="${hash}"]`).first().click();
    await page.waitForURL(`**${hash}`);
    const outline = await page.locator(hash).evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await page.locator(`${hash} .cited-at a`).first().click();
    expect(await page.evaluate(() => document.querySelector(':target')?.matches('a[data-cite]'))).toBe(true);
    await page.context().close();
  });

  it('without JavaScript a citation number is a plain link to its highlighted entry', async () => {
    const page = await open(PAGE, LAPTOP, false);
    const link = page.locator('.entry-body a[data-cite]').first();
    const hash = (await link.getAttribute('href'))!;
    expect(hash).toMatch(/^#ref-/);
    await link.click();
    await page.waitForURL(`**${hash}`);
    expect(await page.locator(hash).evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    expect(await page.locator(hash).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(LAPTOP.height);
    await page.context().close();
  });
});

describe('requests', () => {
  it('a page makes at most 5 requests before any interaction: HTML, one stylesheet, at most two scripts, the icon', async () => {
    const sample = ['/', '/agents/', '/mechanisms/', '/trials/', '/timeline/', '/references/', '/glossary/', '/search/', '/about/', ...ENTRY_PAGES];
    for (const path of sample) {
      const context = await browser.newContext({ viewport: LAPTOP });
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(`${request.resourceType()} ${new URL(request.url()).pathname}`));
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      expect(requested.length, `${path}: ${requested.join(', ')}`).toBeLessThanOrEqual(5);
      expect(requested.filter((r) => r.startsWith('script ')).length, path).toBeLessThanOrEqual(2);
      expect(requested.filter((r) => r.startsWith('stylesheet ')).length, path).toBe(1);
      await context.close();
    }
  });
});

describe('citing a figure or table', () => {
  it('"Cite" opens the citation beside the table, and without JavaScript leads to it in the page’s list', async () => {
    const page = await open('/trials/toga/');
    const link = page.locator('caption .fig-tools a[href^="#cite-"]').first();
    const hash = (await link.getAttribute('href'))!;
    await link.click();
    const details = page.locator(hash);
    await details.waitFor({ state: 'visible' });
    expect(await details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await details.textContent()).toMatch(/APA/);
    const gap = await details.evaluate((el, linkTop) => Math.abs(el.getBoundingClientRect().bottom - linkTop), await link.evaluate((el) => el.getBoundingClientRect().top));
    expect(gap, 'the citation sits just above the table whose caption was clicked').toBeLessThan(120);
    expect(new URL(page.url()).hash).toBe('');
    await page.context().close();

    const plain = await open('/trials/toga/', LAPTOP, false);
    await plain.locator(`caption .fig-tools a[href="${hash}"]`).click();
    await plain.waitForURL(`**${hash}`);
    expect(await plain.locator(`.figure-cites ${hash}`).count()).toBe(1);
    await plain.context().close();
  });
});
