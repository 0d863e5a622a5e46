import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch, STEP_TIMEOUT, watchedPage, type PageProblems } from './browser.ts';
import { holdsName, normaliseTerm, type SearchTerms } from '../../src/lib/search/synonyms.ts';

/**
 * Search by every name the content gives an agent or mechanism, and by every gene and
 * protein synonym, through the real search box of one search page. The names come from
 * the built data exports and the synonym list the page itself loads, never from this file.
 */
const origin = inject('origin');
type Named = { id: string; title: string; aliases: string[] };
const agents = JSON.parse(readFileSync('dist/data/agents.json', 'utf8')) as Array<Named & { targets: string[] }>;
const mechanisms = JSON.parse(readFileSync('dist/data/mechanisms.json', 'utf8')) as Named[];
const terms = JSON.parse(readFileSync('dist/search-terms.json', 'utf8')) as SearchTerms;
const synonymGroups = terms.groups.filter((g) => !g.page);

const entries = [...agents.map((e) => ({ ...e, page: `/agents/${e.id}/` })), ...mechanisms.map((e) => ({ ...e, page: `/mechanisms/${e.id}/` }))];
/** Each name of an entry, the page it must put first, and the label that page must show: none for a name its title holds. */
const entryCases = entries.flatMap((e) =>
  [e.title, ...e.aliases].map((query) => ({ query, page: e.page, label: normaliseTerm(e.title).includes(normaliseTerm(query)) ? null : `matched: ${query}` })),
);

interface Shown {
  url: string;
  label: string | null;
}

let browser: Browser;
let page: Page;
let problems: PageProblems;
beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  ({ page, problems } = await watchedPage(context, origin));
  await page.goto(`${origin}/search/`);
});
afterAll(async () => {
  await browser?.close();
});

/** Types a query into the search box, submits it, and reads the result count and the rendered results in order. */
async function search(query: string): Promise<{ count: number; results: Shown[] }> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  // Status and results are read in the same frame the status names this query: the
  // page may start another run (the typing debounce) right after, which resets both.
  const shown = await page.waitForFunction(
    (q) => {
      const status = document.querySelector('.search-status')?.textContent ?? '';
      const count = /^(\d+) results? for “/.exec(status);
      if (!count || !status.includes(`“${q}”`)) return null;
      return {
        count: Number(count[1]),
        results: [...document.querySelectorAll('.search-results li')].map((li) => ({
          url: new URL(li.querySelector('a')!.href).pathname,
          label: li.querySelector('.matched')?.textContent ?? null,
        })),
      };
    },
    query,
    { timeout: STEP_TIMEOUT },
  );
  return (await shown.jsonValue())!;
}

/** Whether a built page holds a name in one of its spellings, as the search page decides it from Pagefind's text. */
function pageHolds(url: string, name: string): boolean {
  const file = `dist${url}index.html`;
  if (!existsSync(file)) return false;
  const html = readFileSync(file, 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return holdsName(html, name);
}

describe('the synonym list the search page loads', () => {
  it("holds every agent's and mechanism's title and aliases as one group with its page", () => {
    for (const e of entries) {
      const group = terms.groups.find((g) => g.page === e.page);
      expect(group?.terms, e.page).toEqual([...new Set([e.title, ...e.aliases])]);
    }
    expect(terms.groups.filter((g) => g.page)).toHaveLength(entries.length);
    expect(synonymGroups.length).toBeGreaterThan(0);
  });
});

describe('search by another name', () => {
  it("puts an entry's page first for its title and every alias, labelled with the alias it matched", async () => {
    const misses: string[] = [];
    let reachedThroughOthers = 0;
    const started = Date.now();
    for (const { query, page: expected, label } of entryCases) {
      const { results } = await search(query);
      const first = results[0];
      if (first?.url !== expected)
        misses.push(
          `${query}: expected ${expected} first, got ${
            results
              .slice(0, 3)
              .map((r) => r.url)
              .join(', ') || 'nothing'
          }`,
        );
      else if (first.label !== label) misses.push(`${query}: expected label ${label ?? 'none'} on ${expected}, got ${first.label ?? 'none'}`);
      // Other pages found only through another name of the entry must name it truthfully.
      const group = terms.groups.find((g) => g.page === expected)!;
      for (const r of results.slice(1).filter((r) => r.label)) {
        const name = r.label!.replace(/^matched: /, '');
        reachedThroughOthers += 1;
        if (!group.terms.includes(name) || name === query) misses.push(`${query}: ${r.url} labelled "${r.label}", not another name of ${expected}`);
        else if (!pageHolds(r.url, name)) misses.push(`${query}: ${r.url} labelled "${r.label}" but its text does not hold ${name}`);
      }
    }
    console.log(`search by title and alias: ${entryCases.length} searches through the search box, ${Math.round((Date.now() - started) / 1000)} s`);
    expect(misses).toEqual([]);
    expect(entryCases.length).toBeGreaterThan(entries.length);
    expect(reachedThroughOthers, 'pages found through another name of an entry').toBeGreaterThan(0);
    // Each search is a fraction of a second on a quiet machine; the budget is for a busy CI machine.
  }, 2_700_000);

  it('finds, for every gene and protein name, every page that holds any name of its group, and labels those found through another name', async () => {
    // No single page is "the" answer for HER2 or CD274: most pages discuss them. What a reader
    // is owed is reach (a name finds every page using any of its names) and honesty (a page
    // found through another name says which), with pages holding the typed name first.
    // Passed as source text: the test runner rewrites import() in functions it compiles.
    const exactCount = (names: string[]) =>
      page.evaluate(`(async (list) => {
        const pagefind = await import(location.origin + '/pagefind/pagefind.js');
        const ids = new Set();
        for (const name of list) for (const r of (await pagefind.search('"' + name + '"')).results) ids.add(r.id);
        return ids.size;
      })(${JSON.stringify(names)})`) as Promise<number>;
    const misses: string[] = [];
    for (const group of synonymGroups) {
      const reach = await exactCount(group.terms);
      expect(reach, group.terms[0]).toBeGreaterThan(0);
      for (const query of group.terms) {
        const { count, results } = await search(query);
        if (count < reach) misses.push(`${query}: ${count} results, but ${reach} pages hold a name of its group`);
        const own = await exactCount([query]);
        if (own > 0 && results[0]?.label) misses.push(`${query}: ${own} pages hold it, yet the first result was found through ${results[0].label}`);
        for (const r of results.filter((r) => r.label)) {
          const name = r.label!.replace(/^matched: /, '');
          if (!group.terms.includes(name) || name === query) misses.push(`${query}: ${r.url} labelled "${r.label}", not another name of its group`);
          else if (!pageHolds(r.url, name)) misses.push(`${query}: ${r.url} labelled "${r.label}" but its text does not hold ${name}`);
        }
      }
    }
    expect(misses).toEqual([]);
  }, 900_000);

  it('finds an entry by an alias typed without its hyphens or spaces, and labels it with the alias as written', async () => {
    const spaced = entryCases.filter((c) => c.label && /[-\s]/.test(c.query)).slice(0, 3);
    expect(spaced.length).toBeGreaterThan(0);
    for (const { query, page: expected } of spaced) {
      const { results } = await search(normaliseTerm(query));
      expect(results[0], normaliseTerm(query)).toEqual({ url: expected, label: `matched: ${query}` });
    }
    expect(problems.console).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });
});
