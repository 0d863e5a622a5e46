/**
 * What a reader downloads for one page before searching: the page is opened in
 * headless Chromium, every same-origin request is recorded, and each file's size
 * is read from dist/ and gzipped (level 6, a common server default).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { filesUnder } from '../../src/lib/files-under.ts';
import { gzipSize } from '../../src/lib/page-weight.ts';

export type AssetKind = 'html' | 'css' | 'js' | 'other';

export interface Asset {
  path: string;
  kind: AssetKind;
  bytes: number;
  gzipBytes: number;
}

export function assetKind(path: string): AssetKind {
  const ext = extname(path.replace(/\/$/, '/index.html'));
  if (ext === '.html') return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  return 'other';
}

export type Totals = Record<AssetKind, { bytes: number; gzipBytes: number; files: number }>;

export function totalsByKind(assets: readonly Asset[]): Totals {
  const totals = Object.fromEntries((['html', 'css', 'js', 'other'] as const).map((k) => [k, { bytes: 0, gzipBytes: 0, files: 0 }])) as Totals;
  for (const asset of assets) {
    totals[asset.kind].bytes += asset.bytes;
    totals[asset.kind].gzipBytes += asset.gzipBytes;
    totals[asset.kind].files += 1;
  }
  return totals;
}

/** The dist/ file a URL path is served from (directories serve their index.html). */
export function distFileFor(dist: string, urlPath: string): string {
  const path = join(dist, decodeURIComponent(urlPath));
  return urlPath.endsWith('/') || (existsSync(path) && statSync(path).isDirectory()) ? join(path, 'index.html') : path;
}

export async function pageAssets(browser: Browser, origin: string, dist: string, urlPath: string): Promise<Asset[]> {
  const context = await browser.newContext();
  context.setDefaultTimeout(300_000);
  try {
    const page = await context.newPage();
    const seen = new Set<string>();
    const note = (href: string) => {
      const url = new URL(href, origin);
      if (url.origin === origin) seen.add(url.pathname);
    };
    page.on('request', (request) => note(request.url()));
    // "networkidle" alone can come while a starved CPU is still parsing the page, before it has
    // asked for its stylesheet and scripts (a report once said 0 kB of CSS): wait for the load
    // event, which waits for them, then for any script they import.
    const response = await page.goto(`${origin}${urlPath}`, { waitUntil: 'load', timeout: 300_000 });
    if (!response?.ok()) throw new Error(`${urlPath} answered ${response?.status()}`);
    await page.waitForLoadState('networkidle', { timeout: 300_000 });
    // The page's own record of what it loaded, and the stylesheets and scripts it declares, are
    // counted as well as the requests seen, so nothing it needs is left out of its weight.
    const loaded = await page.evaluate(() => [
      ...performance.getEntriesByType('resource').map((entry) => entry.name),
      ...[...document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"][href]')].map((link) => link.href),
      ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => script.src),
    ]);
    loaded.forEach(note);
    return [...seen].sort().map((path) => {
      const file = distFileFor(dist, path);
      if (!existsSync(file)) throw new Error(`${urlPath} requested ${path}, which is not in ${dist}`);
      const content = readFileSync(file);
      return { path, kind: assetKind(file), bytes: content.length, gzipBytes: gzipSize(content) };
    });
  } finally {
    await context.close();
  }
}

/** Gzipped HTML size of every page in one folder of dist/ (e.g. all agent pages), for the spread across a page type. */
export function htmlSizesUnder(dist: string, folder: string): number[] {
  const root = join(dist, folder);
  return readdirSync(root)
    .map((name) => join(root, name, 'index.html'))
    .filter((file) => existsSync(file))
    .map((file) => gzipSize(readFileSync(file)));
}

/** Total bytes of every file under a folder (the Pagefind index). */
export function folderBytes(dir: string): number {
  return filesUnder(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}
