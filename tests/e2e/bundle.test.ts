// The offline bundle as a teacher uses it: unzipped into a folder and opened from disk
// (file:// URLs) in Chromium with every network request refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, STEP_TIMEOUT } from './browser.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const NAME = `her2-gastric-review-${version}`;
const ZIP = `bundle/${NAME}.zip`;

let browser: Browser;
let context: BrowserContext;
let unzipped: string;
let root: string;
/** Requests to anything but file://: the bundle must make none. */
const networkRequests: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  // Reuse a bundle made from the current dist/; otherwise make one (a few seconds; it builds dist/ itself if missing).
  const stale = !existsSync(ZIP) || (existsSync('dist/index.html') && statSync(ZIP).mtimeMs < statSync('dist/index.html').mtimeMs);
  if (stale) {
    const made = spawnSync(process.execPath, ['scripts/bundle.ts'], { stdio: 'inherit' });
    if (made.status !== 0) throw new Error('`npm run bundle` failed');
  }
  unzipped = mkdtempSync(join(tmpdir(), 'her2-bundle-test-'));
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(ZIP)))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(unzipped, path)), { recursive: true });
    writeFileSync(join(unzipped, path), bytes);
  }
  root = join(unzipped, NAME);
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Generous on a busy shared machine; a page from disk normally loads in well under a second.
  context.setDefaultNavigationTimeout(90_000);
  context.setDefaultTimeout(60_000);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    networkRequests.push(url);
    return route.abort();
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(file|data|blob):/.test(url) && !networkRequests.includes(url)) networkRequests.push(url);
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (unzipped) rmSync(unzipped, { recursive: true, force: true });
});

async function openPage(): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()} (${page.url()})`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message} (${page.url()})`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  return page;
}

const fileUrl = (path: string) => pathToFileURL(join(root, path)).href;
/** The bundle folder a file:// URL points into, or undefined for anything else. */
const localPath = (url: string) => (url.startsWith('file:') ? fileURLToPath(new URL(url.replace(/[?#].*$/, ''))) : undefined);

/** The agent whose aliases include `alias`, from the bundle's own data download. */
function agentFor(alias: string): { id: string; title: string } {
  const agents = JSON.parse(readFileSync(join(root, 'data/agents.json'), 'utf8')) as Array<{ id: string; title: string; aliases: string[] }>;
  const agent = agents.find((a) => a.aliases.includes(alias));
  if (!agent) throw new Error(`no agent has the alias ${alias}`);
  return agent;
}

/** Checks that every link, source and stylesheet of the open page leads to a file in the bundle. */
async function expectLocalTargetsExist(page: Page) {
  const urls = await page.$$eval('a[href], link[href], script[src], img[src], form[action]', (nodes) =>
    nodes.map((n) => (n as HTMLAnchorElement).href || (n as HTMLScriptElement).src || (n as HTMLFormElement).action),
  );
  const local = urls.map(localPath).filter((p): p is string => p !== undefined);
  expect(local.length).toBeGreaterThan(10);
  expect(local.filter((p) => !p.startsWith(root) || !existsSync(p) || statSync(p).isDirectory())).toEqual([]);
}

describe('offline bundle opened from disk', () => {
  it('shows the home page with its styles, scripts and figures', { timeout: 120_000 }, async () => {
    const page = await openPage();
    await page.goto(fileUrl('index.html'));
    // Custom properties come from the site's stylesheet; the theme button is revealed by its script.
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim())).resolves.not.toBe('');
    await page.locator('.theme-toggle').waitFor({ state: 'visible' });
    expect(await page.locator('figure.diagram svg').count()).toBeGreaterThan(0);
    await expect(page.$$eval('img', (imgs) => imgs.filter((i) => !(i as HTMLImageElement).naturalWidth).map((i) => (i as HTMLImageElement).src))).resolves.toEqual([]);
    await expectLocalTargetsExist(page);
    // A figure's standalone SVG (for slides) is a well-formed file whose links work from disk too.
    const figure = await page.locator('a[href$=".svg"]').first().getAttribute('href');
    const svg = readFileSync(localPath(new URL(figure!, page.url()).href)!, 'utf8');
    expect(svg).toContain('<svg');
    if (svg.includes('xlink:')) expect(svg).toContain('xmlns:xlink=');
    expect(svg).not.toMatch(/href="\/(?!\/)/);
    await page.close();
  });

  it('navigates to an agent page by clicking links, and reaches the data downloads', { timeout: 120_000 }, async () => {
    const page = await openPage();
    await page.goto(fileUrl('about/index.html'));
    const downloads = await page.$$eval('a[href*="data/"]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(downloads.length).toBeGreaterThanOrEqual(5);
    for (const url of downloads) expect(statSync(localPath(url)!).size).toBeGreaterThan(0);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agents', exact: true }).click();
    await page.waitForURL(/\/agents\/index\.html$/);
    const agent = agentFor('DS-8201');
    await page.locator('#table-agents').getByRole('link', { name: agent.title, exact: true }).click();
    await page.waitForURL(fileUrl(`agents/${agent.id}/index.html`));
    await expect(page.locator('h1').textContent()).resolves.toBe(agent.title);
    await expectLocalTargetsExist(page);
    await page.close();
  });

  it('searches offline and ranks an agent first for its code names and brands', { timeout: 120_000 }, async () => {
    const page = await openPage();
    const firstResult = async (query: string) => {
      await page.waitForFunction((q) => document.querySelector('.search-status')?.textContent?.includes(`for “${q}”`), query, { timeout: STEP_TIMEOUT });
      const first = page.locator('.search-results li > a').first();
      return { title: (await first.textContent())?.trim(), url: await first.evaluate((a) => (a as HTMLAnchorElement).href) };
    };

    // From the header's search box, as a reader would start.
    await page.goto(fileUrl('about/index.html'));
    await page.locator('#site-search-q').fill('DS-8201');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/search\/index\.html\?q=DS-8201$/);
    const ds = await firstResult('DS-8201');
    expect(ds.title).toBe(agentFor('DS-8201').title);
    expect(ds.url).toBe(fileUrl(`agents/${agentFor('DS-8201').id}/index.html`));

    for (const alias of ['ZW25', 'RC48', 'KN026', 'Herceptin', 'Kadcyla']) {
      await page.locator('#search-q').fill(alias);
      await page.locator('#search-q').press('Enter');
      const result = await firstResult(alias);
      expect({ alias, ...result }).toEqual({ alias, title: agentFor(alias).title, url: fileUrl(`agents/${agentFor(alias).id}/index.html`) });
    }
    await page.locator('.search-results li > a').first().click();
    await page.waitForURL(/\/agents\/[^/]+\/index\.html$/);
    await expect(page.locator('h1').textContent()).resolves.toBe(agentFor('Kadcyla').title);
    await page.close();
  });

  it('shows results under the header box as one types, a misspelt name included', { timeout: 120_000 }, async () => {
    const page = await openPage();
    await page.goto(fileUrl('trials/toga/index.html'));
    const lapatinib = agentFor('Tykerb');
    await page.locator('#site-search-q').click();
    await page.keyboard.type('lapatanib', { delay: 30 });
    const first = page.locator('#site-search-list [role="option"] a').first();
    await first.waitFor({ timeout: STEP_TIMEOUT });
    expect(await first.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(fileUrl(`agents/${lapatinib.id}/index.html`));
    expect(await page.textContent('#site-search-list .site-search-note')).toContain(lapatinib.title);
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(fileUrl(`agents/${lapatinib.id}/index.html`)), page.keyboard.press('Enter')]);
    await page.close();
  });

  it('made no network request and logged no error', () => {
    expect(networkRequests).toEqual([]);
    expect(problems).toEqual([]);
  });
});
