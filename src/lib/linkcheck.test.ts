import { describe, expect, it } from 'vitest';
import { checkLinks, findBrokenLinks, malformedExternalLinks } from './linkcheck.ts';

const site = 'http://localhost:4321';
const pages = [
  { path: '/', html: '<a href="/trials/toga/">ToGA</a><a href="/trials/toga/#ref-a">ref</a><a href="/data/trials.csv">csv</a><a href="https://doi.org/10.1/x">x</a>' },
  { path: '/trials/toga/', html: '<h1 id="top">ToGA</h1><li id="ref-a"></li><a href="#top">top</a><a href="../../">home</a>' },
];

describe('findBrokenLinks', () => {
  it('accepts existing pages, files, fragments and relative links', () => {
    expect(findBrokenLinks(pages, new Set(['/data/trials.csv']), site)).toEqual([]);
  });
  it('reports a missing page, a missing file and a missing fragment', () => {
    const broken = findBrokenLinks(
      [...pages, { path: '/about/', html: '<a href="/agents/none/">x</a><a href="/trials/toga/#ref-b">y</a><a href="/data/none.json">z</a>' }],
      new Set(['/data/trials.csv']),
      site,
    );
    expect(broken.map((b) => b.problem)).toEqual(['no page or file at /agents/none/', 'no element with id "ref-b" on /trials/toga/', 'no page or file at /data/none.json']);
  });
});

describe('checkLinks', () => {
  it('counts the internal links and #fragments it checked, skipping external and mailto links', () => {
    const result = checkLinks(
      [...pages, { path: '/about/', html: '<a href="mailto:x@example.org">m</a><a href="/trials/toga/#top">t</a><a href="/trials/toga/#gone">g</a>' }],
      new Set(['/data/trials.csv']),
      site,
    );
    // Home: 3 internal (the DOI link is external), 1 fragment; ToGA: 2 internal, 1 fragment; About: 2 internal, 2 fragments.
    expect({ pages: result.pages, links: result.links, anchors: result.anchors }).toEqual({ pages: 3, links: 7, anchors: 4 });
    expect(result.broken).toEqual([{ page: '/about/', href: '/trials/toga/#gone', problem: 'no element with id "gone" on /trials/toga/' }]);
  });
  it('does not count a fragment on a missing page as a checked anchor', () => {
    const result = checkLinks([{ path: '/', html: '<a href="/nowhere/#x">x</a>' }], new Set(), site);
    expect([result.links, result.anchors, result.broken.length]).toEqual([1, 0, 1]);
  });
});

describe('malformedExternalLinks', () => {
  it('flags malformed DOI, PubMed and registry links and accepts good ones', () => {
    const html =
      '<a href="https://doi.org/10.1056/NEJMoa2004413">ok</a><a href="https://doi.org/NEJM">bad</a><a href="https://pubmed.ncbi.nlm.nih.gov/123/">ok</a><a href="https://pubmed.ncbi.nlm.nih.gov/abc/">bad</a><a href="https://clinicaltrials.gov/study/NCT1">bad</a>';
    expect(malformedExternalLinks([{ path: '/', html }]).map((b) => b.href)).toEqual([
      'https://doi.org/NEJM',
      'https://pubmed.ncbi.nlm.nih.gov/abc/',
      'https://clinicaltrials.gov/study/NCT1',
    ]);
  });
});
