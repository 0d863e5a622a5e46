import { describe, expect, it } from 'vitest';
import { excerptHtml, filterCounts, normalise, offlineEngine, offlineIndexScript, OFFLINE_INDEX_GLOBAL, searchRecords, type SearchRecord } from './offline-search.ts';

const record = (url: string, title: string, aliases: string[], summary: string, filters: Record<string, string[]> = {}): SearchRecord => ({ url, title, aliases, summary, filters });

// Shaped like the site's pages: trials and mechanisms mention the agents' code names in their own text.
const records: SearchRecord[] = [
  record('../trials/destiny-gastric01/index.html', 'DESTINY-Gastric01', ['NCT03329690'], 'Randomised phase 2 trial of trastuzumab deruxtecan (DS-8201) against chemotherapy.', { type: ['Trial'] }),
  record('../trials/zanidatamab-phase1/index.html', 'Zanidatamab phase 1', ['ZW25-101'], 'First-in-human study of the bispecific antibody ZW25 in HER2-expressing cancers.', { type: ['Trial'] }),
  record('../mechanisms/lysosomal-dysfunction/index.html', 'Lysosomal dysfunction', ['lysosomal pH', 'SLC46A3'], 'Loss of lysosomal acidity keeps T-DM1 (Kadcyla) and DS-8201 payloads trapped.', { type: ['Mechanism'] }),
  record('../agents/trastuzumab-deruxtecan/index.html', 'Trastuzumab deruxtecan', ['T-DXd', 'DS-8201', 'DS-8201a', 'Enhertu'], 'Antibody-drug conjugate carrying a topoisomerase I inhibitor.', { type: ['Agent'], class: ['Antibody-drug conjugate'] }),
  record('../agents/zanidatamab/index.html', 'Zanidatamab', ['ZW25', 'Ziihera'], 'Bispecific antibody binding two HER2 epitopes.', { type: ['Agent'], class: ['Bispecific antibody'] }),
  record('../agents/trastuzumab-emtansine/index.html', 'Trastuzumab emtansine', ['T-DM1', 'Kadcyla'], 'Antibody-drug conjugate carrying DM1 on trastuzumab.', { type: ['Agent'], class: ['Antibody-drug conjugate'] }),
  record('../agents/trastuzumab/index.html', 'Trastuzumab', ['Herceptin'], 'Monoclonal antibody against HER2 domain IV; partner of chemotherapy in ToGA.', { type: ['Agent'], class: ['Monoclonal antibody'] }),
];
const urls = (query: string, filters?: Record<string, string>) => searchRecords(records, query, filters).map((r) => r.url);

describe('offline search ranking', () => {
  it('ranks the page whose alias is the code name first, above pages that mention it', () => {
    expect(urls('DS-8201')).toEqual(['../agents/trastuzumab-deruxtecan/index.html', '../trials/destiny-gastric01/index.html', '../mechanisms/lysosomal-dysfunction/index.html']);
    expect(urls('ZW25')[0]).toBe('../agents/zanidatamab/index.html');
    expect(urls('ZW25')).toContain('../trials/zanidatamab-phase1/index.html');
    expect(urls('Kadcyla')[0]).toBe('../agents/trastuzumab-emtansine/index.html');
    expect(urls('Herceptin')).toEqual(['../agents/trastuzumab/index.html']);
  });

  it('ignores case, spacing and punctuation in names', () => {
    for (const query of ['ds8201', 'DS 8201', 'ds-8201', ' Ds-8201 ']) expect(urls(query)[0]).toBe('../agents/trastuzumab-deruxtecan/index.html');
    expect(urls('t-dxd')[0]).toBe('../agents/trastuzumab-deruxtecan/index.html');
  });

  it('puts a page titled by the query above pages with a longer name starting with it', () => {
    expect(urls('trastuzumab')[0]).toBe('../agents/trastuzumab/index.html');
    expect(urls('trastuzumab')).toHaveLength(4);
  });

  it('needs every word of a multi-word query, matched at the start of words', () => {
    expect(urls('lysosomal pH')).toEqual(['../mechanisms/lysosomal-dysfunction/index.html']);
    expect(urls('bispecific HER2')).toEqual(['../trials/zanidatamab-phase1/index.html', '../agents/zanidatamab/index.html']);
    expect(urls('bispecific nothing')).toEqual([]);
    expect(urls('ecific')).toEqual([]);
  });

  it('finds nothing for an empty query or punctuation alone', () => {
    expect(urls('')).toEqual([]);
    expect(urls(' - ')).toEqual([]);
  });

  it('keeps only pages with the selected filter values', () => {
    expect(urls('antibody', { type: 'Agent', class: 'Antibody-drug conjugate' })).toEqual(['../agents/trastuzumab-deruxtecan/index.html', '../agents/trastuzumab-emtansine/index.html']);
    expect(urls('DS-8201', { type: 'Trial' })).toEqual(['../trials/destiny-gastric01/index.html']);
    expect(urls('DS-8201', { type: '' })).toHaveLength(3);
  });

  it('counts filter values in Pagefind\'s shape', () => {
    expect(filterCounts(records)).toEqual({
      type: { Trial: 2, Mechanism: 1, Agent: 4 },
      class: { 'Antibody-drug conjugate': 2, 'Bispecific antibody': 1, 'Monoclonal antibody': 1 },
    });
  });
});

describe('offline search output', () => {
  it('normalises accents, case and punctuation', () => {
    expect(normalise('  Wnt/β-Catenin — Café  ')).toBe('wnt β catenin cafe');
  });

  it('marks matched words in an escaped excerpt', () => {
    expect(excerptHtml('Binds HER2 <domain IV> & HER3.', 'her')).toBe('Binds <mark>HER2</mark> &lt;domain IV&gt; &amp; <mark>HER3</mark>.');
  });

  it('answers the search page through the subset of Pagefind\'s API it uses', async () => {
    const engine = offlineEngine(records);
    await engine.init();
    const { results } = await engine.search('Enhertu');
    expect(results).toHaveLength(1);
    const data = await results[0].data();
    expect(data).toEqual({ url: '../agents/trastuzumab-deruxtecan/index.html', excerpt: 'Antibody-drug conjugate carrying a topoisomerase I inhibitor.', meta: { title: 'Trastuzumab deruxtecan' }, filters: { type: ['Agent'], class: ['Antibody-drug conjugate'] } });
    expect((await engine.filters()).type.Agent).toBe(4);
  });

  it('writes the index as a classic script that assigns the records to a global', () => {
    const script = offlineIndexScript(records.slice(0, 1));
    const scope: Record<string, unknown> = {};
    new Function('window', script)(scope);
    expect(scope[OFFLINE_INDEX_GLOBAL]).toEqual(records.slice(0, 1));
  });
});
