import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, watchedPage } from './browser.ts';
import { distFiles, distPages } from './dist-files.ts';
import { FULL, largestOfEachKind } from './scope.ts';
import { findBrokenLinks, malformedExternalLinks } from '../../src/lib/linkcheck.ts';

const origin = inject('origin');
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const axeVersion = (require('axe-core/package.json') as { version: string }).version;
const pages = distPages();
const contentPaths = pages.map((p) => p.path).filter((p) => p !== '/404.html');

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

/** Runs a search on the search page and returns the result links in order. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /result/.test(document.querySelector('.search-status')?.textContent ?? ''));
  return page.$$eval('.search-results li > a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('navigation', () => {
  it('reaches every section from the home page header and an entry from its index', { timeout: 300_000 }, async () => {
    const { page, problems } = await watchedPage(context, origin);
    await page.goto(`${origin}/`);
    for (const label of ['Agents', 'Resistance', 'Trials', 'References', 'Glossary', 'About']) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
      await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
      await page.goBack();
    }
    await page.goto(`${origin}/agents/`);
    const first = page.locator('#table-agents tbody tr th a').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip-link');
    expect(problems.console).toEqual([]);
    await page.close();
  });
});

describe('search', () => {
  it('a filter narrows the results and deep links keep the query', { timeout: 180_000 }, async () => {
    const page = await context.newPage();
    const resultCount = async () => Number(/^(\d+) result/.exec((await page.locator('.search-status').textContent()) ?? '')?.[1]);
    await searchFor(page, 'HER2');
    const all = await resultCount();
    await page.click('.search-filter-box summary');
    await page.selectOption('select[name="type"]', 'Trial');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('type') === 'Trial');
    await page.waitForFunction((n) => Number(/^(\d+) result/.exec(document.querySelector('.search-status')?.textContent ?? '')?.[1]) < n, all);
    const filtered = await page.$$eval('.search-results li > a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(await resultCount()).toBeLessThan(all);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((p) => p.startsWith('/trials/'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('HER2');
    // The deep link restores both the query and the filter.
    await page.goto(page.url());
    await page.waitForFunction(() => /result/.test(document.querySelector('.search-status')?.textContent ?? ''));
    await expect(page.inputValue('select[name="type"]')).resolves.toBe('Trial');
    expect(await resultCount()).toBeLessThan(all);
    await page.close();
  });

  it('the search box in the header works without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${origin}/trials/`);
    await page.fill('#site-search-q', 'Enhertu');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=Enhertu/);
    await noJs.close();
  });
});

describe('citing', () => {
  it('the copy button puts the APA citation on the clipboard', async () => {
    const ctx = await browser.newContext();
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await ctx.newPage();
    await page.goto(`${origin}/trials/toga/`);
    const expected = (await page.locator('#cite-apa').textContent())!.trim();
    expect(expected).toMatch(/ToGA.*\/trials\/toga\//);
    await page.getByRole('button', { name: 'Copy APA' }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(expected);
    await ctx.close();
  });

  it('the page head carries citation and Dublin Core meta tags', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/agents/trastuzumab-deruxtecan/`);
    const meta = await page.$$eval('meta[name^="citation_"], meta[name^="DC."], meta[property^="og:"]', (tags) =>
      Object.fromEntries(tags.map((t) => [t.getAttribute('name') ?? t.getAttribute('property'), t.getAttribute('content')])),
    );
    expect(meta.citation_title).toBe('Trastuzumab deruxtecan');
    expect(meta.citation_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // No DC.type (Zotero prints it as "[Webpage]") and no author tag (Zotero splits a group name into a person).
    expect(meta['DC.type']).toBeUndefined();
    expect(meta.citation_author).toBeUndefined();
    expect(meta['og:type']).toBe('website');
    await page.close();
  });
});

describe('reading', () => {
  it('dark mode follows the system and the toggle, and swaps the diagram theme', async () => {
    const ctx = await browser.newContext({ colorScheme: 'dark' });
    const page = await ctx.newPage();
    await page.goto(`${origin}/`);
    const visible = (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('.diagram-dark')).toBe(true);
    expect(await visible('.diagram-light')).toBe(false);
    const toggle = page.locator('.theme-toggle');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await toggle.click();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('light');
    expect(await visible('.diagram-light')).toBe(true);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
    await page.reload();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('light');
    await ctx.close();
  });

  it('tables sort where JavaScript runs', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/trials/`);
    const header = page.locator('#table-trials thead th', { hasText: 'Trial' }).first();
    await header.getByRole('button').click();
    const names = await page.$$eval('#table-trials tbody th', (cells) => cells.map((c) => c.textContent!.trim().toLowerCase()));
    expect(names).toEqual([...names].sort());
    await page.close();
  });

  it('shows the controls that need JavaScript from first paint, so nothing shifts the page, and hides them without it', async () => {
    // A phone-sized window, where the theme toggle wraps the header onto another line.
    const viewport = { width: 412, height: 823 };
    const ctx = await browser.newContext({ viewport });
    const noJs = await browser.newContext({ viewport, javaScriptEnabled: false });
    for (const path of ['/', '/trials/', '/agents/trastuzumab/']) {
      const page = await ctx.newPage();
      await page.addInitScript(() => {
        const shifts: number[] = ((window as unknown as { layoutShifts: number[] }).layoutShifts = []);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as Array<{ value: number }>) shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      await page.locator('.theme-toggle').waitFor({ state: 'visible' });
      await page.waitForTimeout(500);
      const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
      expect(
        shifts.reduce((sum, value) => sum + value, 0),
        `${path}: layout shifts ${JSON.stringify(shifts)}`,
      ).toBeLessThan(0.01);
      if (path === '/trials/') expect(await page.locator('.table-filter').isVisible(), path).toBe(true);
      await page.close();

      const plain = await noJs.newPage();
      await plain.goto(`${origin}${path}`);
      expect(await plain.locator('.theme-toggle').isVisible(), `${path} without JavaScript`).toBe(false);
      if (path === '/trials/') expect(await plain.locator('.table-filter').isVisible(), `${path} without JavaScript`).toBe(false);
      await plain.close();
    }
    await ctx.close();
    await noJs.close();
  });

  it('fits a 360 px wide screen without sideways scrolling', async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await ctx.newPage();
    for (const path of ['/', '/trials/toga/', '/agents/trastuzumab-deruxtecan/']) {
      await page.goto(`${origin}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await ctx.close();
  });
});

describe(FULL ? 'every page' : 'the largest page of each kind (E2E_QUICK=1)', () => {
  // Plus the search page showing results; each page is loaded once and checked in both themes.
  const sweep = [...(FULL ? contentPaths : largestOfEachKind(pages.filter((p) => contentPaths.includes(p.path)))), '/search/?q=HER2'];
  it('loads with no console error, no failed or foreign request, and no axe-core violation of any impact, light or dark', async () => {
    const found: string[] = [];
    const started = Date.now();
    let done = 0;
    // Two tabs, each reused from page to page: axe runs in the tab's renderer, so the second tab
    // uses the second core, and reusing a tab saves starting a renderer process for every page.
    const tabs = await Promise.all([0, 1].map(() => watchedPage(context, origin)));
    let next = 0;
    await Promise.all(
      tabs.map(async ({ page, problems }) => {
        while (next < sweep.length) {
          const path = sweep[next++];
          try {
            await page.emulateMedia({ colorScheme: 'light' });
            await page.goto(`${origin}${path}`);
            found.push(...(await axeViolations(page)).map((v) => `light ${path}: ${v}`));
            // The theme follows the system setting through CSS alone, so switching it needs no reload. Every rule
            // runs again: besides colours, the dark theme shows other elements (each diagram's dark SVG), and axe-core
            // checks only what is visible.
            await page.emulateMedia({ colorScheme: 'dark' });
            found.push(...(await axeViolations(page)).map((v) => `dark ${path}: ${v}`));
          } catch (error) {
            // Recorded, not thrown: a throw would end this test while the other tab kept loading pages into the next ones.
            found.push(`${path}: ${(error as Error).message.split('\n')[0]}`);
          }
          for (const kind of ['console', 'foreignRequests', 'failedRequests'] as const) found.push(...problems[kind].splice(0).map((p) => `${path}: ${kind}: ${p}`));
          if (++done % 20 === 0) console.log(`axe-core: ${done} of ${sweep.length} pages, ${Math.round((Date.now() - started) / 1000)} s`);
        }
        await page.close();
      }),
    );
    console.log(
      `axe-core ${axeVersion}: ${sweep.length} pages${FULL ? '' : ` (${sweep.join(', ')})`}, light and dark (every rule in each), ${found.length} problems, ${Math.round((Date.now() - started) / 1000)} s`,
    );
    expect(found).toEqual([]);
  }, 3_600_000);
});

/** Every axe-core violation on the current page, whatever its impact. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: the page's CSP forbids inline script, as it should.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: unknown, options?: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown[] }> }> }> };
      }
    ).axe;
    // Only violations are needed; skipping the passes and incomplete lists makes a run several times faster on big diagram pages.
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => String(n.target[0])) }));
  });
  return violations.map((v) => `${v.id} (${v.impact}) at ${v.targets.join(' | ')}`);
}

describe('dist/', () => {
  it('has no broken internal link or anchor', () => {
    const broken = findBrokenLinks(pages, new Set(distFiles()), origin);
    expect(broken.map((b) => `${b.page}: ${b.href}: ${b.problem}`)).toEqual([]);
  });

  it('has only well-formed DOI, PubMed and registry links', () => {
    expect(malformedExternalLinks(pages)).toEqual([]);
  });

  it('ships no Mermaid or framework JavaScript: content pages load only the small enhancement scripts', () => {
    const report: string[] = [];
    for (const page of pages.filter((p) => /^\/(agents|mechanisms|trials)\/[^/]+\/$/.test(p.path))) {
      expect(page.html).not.toMatch(/<script[^>]*>[^<]+<\/script>/);
      const scripts = [...page.html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
      const bytes = scripts.reduce((sum, src) => sum + readFileSync(`dist${src}`).length, 0);
      report.push(`${page.path}: ${scripts.length} scripts, ${bytes} bytes`);
      // One blocking theme script and one module of enhancements; their gzipped weight is budgets.test.ts's (5 KB).
      expect(scripts.length, page.path).toBeLessThanOrEqual(2);
      expect(
        scripts.some((s) => /mermaid|pagefind/.test(s)),
        page.path,
      ).toBe(false);
    }
    console.log(report.join('\n'));
  });
});
