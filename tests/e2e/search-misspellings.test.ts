import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch, STEP_TIMEOUT } from './browser.ts';

/**
 * Readers type drug names from memory. For every agent, a misspelling made from its own title
 * (two neighbouring letters swapped, the commonest slip), and a list of misspellings seen in
 * practice, must bring up the agent's page first, saying what was searched instead.
 */
const origin = inject('origin');
const agents = JSON.parse(readFileSync('dist/data/agents.json', 'utf8')) as Array<{ id: string; title: string }>;

/** The title with two neighbouring letters swapped, the first such pair from its middle on (then from its start). */
function misspell(title: string): string {
  const letters = [...title.toLowerCase()];
  const middle = Math.floor(letters.length / 2);
  const order = [...letters.keys()].slice(middle).concat([...letters.keys()].slice(0, middle));
  for (const i of order) {
    if (i + 1 < letters.length && /[a-z]/.test(letters[i]) && /[a-z]/.test(letters[i + 1]) && letters[i] !== letters[i + 1]) {
      [letters[i], letters[i + 1]] = [letters[i + 1], letters[i]];
      return letters.join('');
    }
  }
  return title.toLowerCase();
}

const generated = agents.map((agent) => ({ typed: misspell(agent.title), page: `/agents/${agent.id}/` }));
const seenInPractice = [
  ['trastuzamab', 'trastuzumab'],
  ['lapatanib', 'lapatinib'],
  ['pertuzimab', 'pertuzumab'],
  ['enhurtu', 'trastuzumab-deruxtecan'],
  ['zanidatamib', 'zanidatamab'],
  ['herceptine', 'trastuzumab'],
  ['pembrolizimab', 'pembrolizumab'],
  ['nivolumub', 'nivolumab'],
  ['tucatanib', 'tucatinib'],
  ['margetuximub', 'margetuximab'],
].map(([typed, id]) => ({ typed, page: `/agents/${id}/` }));

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${origin}/search/`);
}, 120_000);
afterAll(async () => browser?.close());

async function search(typed: string): Promise<{ status: string; first: string | undefined; instead: string | null }> {
  await page.fill('#search-q', typed);
  await page.press('#search-q', 'Enter');
  const done = await page.waitForFunction(
    (q) => {
      const status = document.querySelector('.search-status');
      const text = status?.textContent ?? '';
      if (!/results? for “/.test(text)) return null;
      const instead = status?.querySelector('a');
      // The run for this query: either it names the query, or it offers it as "search instead".
      if (!text.includes(`“${q}”`) && instead?.textContent !== q) return null;
      const first = document.querySelector<HTMLAnchorElement>('.search-results li a');
      return { status: text, first: first ? new URL(first.href).pathname : undefined, instead: instead ? instead.getAttribute('href') : null };
    },
    typed,
    { timeout: STEP_TIMEOUT },
  );
  return (await done.jsonValue())!;
}

describe('misspelt drug names', () => {
  it('the generated misspellings really are misspellings, one per agent', () => {
    expect(generated.length).toBe(agents.length);
    for (const [i, { typed }] of generated.entries()) expect(typed, agents[i].title).not.toBe(agents[i].title.toLowerCase());
  });

  it.each([...generated, ...seenInPractice])('"$typed" brings up $page first, saying what it searched instead', async ({ typed, page: expected }) => {
    const result = await search(typed);
    expect(result.first, result.status).toBe(expected);
    // Pagefind's stemming finds some slips by itself ("herceptine"); the others are searched as the nearest name.
    if (result.status.startsWith('Showing')) {
      expect(result.status).toMatch(/^Showing \d+ results? for “.+”.*Search instead for /);
      const instead = new URL(result.instead!, origin);
      expect([instead.searchParams.get('q'), instead.searchParams.get('exact')]).toEqual([typed, '1']);
    }
  });

  it('searches the words as typed after "search instead for"', async () => {
    await page.goto(`${origin}/search/?q=trastuzamab&exact=1`);
    const status = await page.waitForFunction(
      () => (/results? for “/.test(document.querySelector('.search-status')?.textContent ?? '') ? document.querySelector('.search-status')!.textContent : null),
      undefined,
      { timeout: STEP_TIMEOUT },
    );
    expect(await status.jsonValue()).toMatch(/^\d+ results? for “trastuzamab”$/);
  });

  it('leaves a correctly spelt name alone', async () => {
    await page.goto(`${origin}/search/`);
    const result = await search('lysosomal');
    expect(result.status).not.toMatch(/^Showing/);
  });
});

describe('precise about names', () => {
  it('a gene name is not taken for a name of a mechanism it is only about', async () => {
    await page.goto(`${origin}/search/`);
    for (const [gene, mechanism] of [
      ['ERBB2', '/mechanisms/p95her2-truncation/'],
      ['HER3', '/mechanisms/neuregulin-her3-dimerisation/'],
      ['CAV1', '/mechanisms/altered-internalisation/'],
    ]) {
      const result = await search(gene);
      expect(result.status, gene).not.toMatch(/^Showing/);
      const labels = await page.$$eval('.search-results li', (items) =>
        items.map((li) => ({ url: new URL(li.querySelector('a')!.href).pathname, matched: li.querySelector('.matched')?.textContent ?? null })),
      );
      // The page may be found by its text, but never as if the gene were another name of the mechanism.
      expect(labels.find((l) => l.url === mechanism)?.matched ?? null, `${gene} on ${mechanism}`).toBeNull();
    }
  });

  it('a name of the thing itself still puts its page first', async () => {
    for (const [name, expected] of [
      ['p95', '/mechanisms/p95her2-truncation/'],
      ['MK-3475', '/agents/pembrolizumab/'],
      ['DS-8201', '/agents/trastuzumab-deruxtecan/'],
    ]) {
      expect((await search(name)).first, name).toBe(expected);
    }
  });
});

describe('clean snippets', () => {
  it('result excerpts hold readable text: no citation keys, no citation numbers stuck to words', async () => {
    await page.goto(`${origin}/search/`);
    const leaks: string[] = [];
    for (const query of ['p95', 'trastuzumab', 'overall survival', 'MET amplification']) {
      await search(query);
      const excerpts = await page.$$eval('.search-results li p', (ps) => ps.map((p) => p.textContent ?? ''));
      expect(excerpts.length, query).toBeGreaterThan(0);
      for (const text of excerpts) {
        // A citation key looks like author-year-words ("shao-2025-review"); a number glued to a word ends it ("survival12").
        if (/\b[a-z]+-(19|20)\d\d-[a-z0-9-]+\b/.test(text) || /[a-z]\d{1,2}(,\d{1,2})+\b/.test(text)) leaks.push(`${query}: ${text}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
