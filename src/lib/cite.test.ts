import { describe, expect, it } from 'vitest';
import { citeFormats, formatReference, formatReferenceWithoutIds } from './cite.ts';
import { citationMetaTags, pageCslItem } from './page-citation.ts';

const toga = {
  id: 'bang-2010-toga',
  type: 'article-journal',
  title: 'Trastuzumab in combination with chemotherapy versus chemotherapy alone',
  author: [{ family: 'Bang', given: 'Yung-Jue' }, { family: 'Van Cutsem', given: 'Eric' }],
  'container-title': 'The Lancet',
  issued: { 'date-parts': [[2010, 8, 28]] },
  volume: '376',
  issue: '9742',
  page: '687-697',
  DOI: '10.1016/S0140-6736(10)61121-X',
  PMID: '20728210',
};

describe('citation formats', () => {
  it('formats APA and Vancouver', () => {
    expect(formatReference(toga, 'apa')).toBe('Bang, Y.-J., & Van Cutsem, E. (2010). Trastuzumab in combination with chemotherapy versus chemotherapy alone. The Lancet, 376(9742), 687–697. https://doi.org/10.1016/S0140-6736(10)61121-X');
    expect(formatReference(toga, 'vancouver')).toMatch(/^Bang YJ, Van Cutsem E\. Trastuzumab in combination .* The Lancet\. 2010 Aug 28;376\(9742\):687–97\./);
  });
  it('can leave identifiers out so pages can link them instead', () => {
    expect(formatReferenceWithoutIds(toga, 'vancouver')).not.toMatch(/doi|PMID|10\.1016/);
  });
  it('exports BibTeX, RIS and CSL-JSON with the data intact', () => {
    const formats = citeFormats(toga);
    expect(formats.bibtex).toMatch(/^@article\{/);
    expect(formats.bibtex).toContain('doi = {10.1016/S0140-6736(10)61121-X}');
    expect(formats.ris).toMatch(/^TY {2}- JOUR/);
    expect(formats.ris).toContain('DO  - 10.1016/S0140-6736(10)61121-X');
    expect(JSON.parse(formats.csljson)).toEqual([toga]);
  });
});

describe('citing a page', () => {
  const page = { id: '/trials/toga/', title: 'ToGA', url: 'https://example.org/trials/toga/', reviewed: '2026-11-25', description: 'The ToGA trial.', siteName: 'HER2 Gastric Cancer Evidence', author: 'HER2 Gastric Cancer Evidence contributors' };
  it('cites the page as a dated web page with its permalink and no DOI', () => {
    const formats = citeFormats(pageCslItem(page));
    expect(formats.apa).toBe('HER2 Gastric Cancer Evidence contributors. (2026, November 25). ToGA. HER2 Gastric Cancer Evidence. https://example.org/trials/toga/');
    expect(formats.ris).toMatch(/^TY {2}- ELEC/);
    expect(formats.bibtex).not.toContain('doi');
  });
  it('emits the meta tags reference managers read', () => {
    const tags = Object.fromEntries(citationMetaTags(page).map((t) => [t.name ?? t.property, t.content]));
    expect(tags).toMatchObject({ citation_title: 'ToGA', citation_date: '2026-11-25', citation_public_url: page.url, 'DC.type': 'webpage', 'og:type': 'website', 'og:site_name': page.siteName });
    expect(tags).not.toHaveProperty('citation_doi');
    expect(tags).not.toHaveProperty('citation_journal_title');
  });
});
