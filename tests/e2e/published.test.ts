// What a published site is expected to have: a sitemap of every page, an Atom feed of every
// recorded change linked from every page head, and a "Report a problem" link on every entry page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
import { DIST, distPages } from './dist-files.ts';
import { loadContent } from '../../src/lib/content/files.ts';
import { ISSUE_TRACKER_NEW_URL, siteSettings } from '../../src/site.config.ts';

const { site, base } = siteSettings(process.env);
const pages = distPages();
let browser: Browser;
beforeAll(async () => (browser = await launch()), 120_000);
afterAll(async () => browser?.close());

/** Parses XML with the browser's own parser: a feed or sitemap that is not well-formed fails here. */
async function parseXml(xml: string): Promise<{ error: string | null; entries: Array<Record<string, string>>; root: string; rootChildren: string[] }> {
  const page = await browser.newPage();
  try {
    return await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const pick = (el: Element) => Object.fromEntries([...el.children].map((child) => [child.localName, child.getAttribute('href') ?? child.textContent ?? '']));
      return {
        error,
        root: doc.documentElement.localName,
        rootChildren: [...doc.documentElement.children].map((c) => c.localName),
        entries: [...doc.querySelectorAll('entry, url')].map(pick),
      };
    }, xml);
  } finally {
    await page.close();
  }
}

describe('published site', () => {
  it('the sitemap lists every page but the 404 and the printable cards, at the public address', async () => {
    const index = await parseXml(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8'));
    expect(index.error).toBeNull();
    const sitemap = await parseXml(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8'));
    expect(sitemap.error).toBeNull();
    const listed = sitemap.entries.map((e) => e.loc).sort();
    const expected = pages
      .filter((p) => !/\/404\.html$|\/card\/$/.test(p.path))
      .map((p) => new URL(p.path.replace(/^\//, ''), `${site}${base}`).href)
      .sort();
    expect(listed).toEqual(expected);
  });

  it('the changes feed is well-formed Atom with one entry per recorded change, linked from every page', async () => {
    const changes = loadContent('content').entries.reduce((sum, e) => sum + ((e.data as { changes?: unknown[] }).changes?.length ?? 0), 0);
    const feed = await parseXml(readFileSync(join(DIST, 'changes.xml'), 'utf8'));
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('feed');
    for (const required of ['id', 'title', 'updated']) expect(feed.rootChildren).toContain(required);
    expect(feed.entries).toHaveLength(changes);
    for (const entry of feed.entries) {
      expect(entry.id).toMatch(/^https:\/\//);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(entry.link.startsWith(site)).toBe(true);
    }
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(changes);
    for (const page of pages.filter((p) => !p.path.endsWith('404.html'))) {
      expect(page.html, page.path).toContain(`<link rel="alternate" type="application/atom+xml"`);
    }
  });

  it('every entry page has a "Report a problem" link that opens the tracker with its title and address, without JavaScript', () => {
    const entries = pages.filter((p) => /^\/(agents|mechanisms|trials)\/[^/]+\/$/.test(p.path));
    expect(entries.length).toBeGreaterThan(50);
    for (const page of entries) {
      const href = /<a href="([^"]+)" rel="external">Report a problem with this page<\/a>/.exec(page.html)?.[1];
      expect(href, page.path).toBeDefined();
      const url = new URL(href!.replaceAll('&amp;', '&'));
      expect(url.href.startsWith(ISSUE_TRACKER_NEW_URL)).toBe(true);
      expect(url.searchParams.get('body')).toContain(new URL(page.path.replace(/^\//, ''), `${site}${base}`).href);
    }
  });
});
