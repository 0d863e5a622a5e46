import { describe, expect, it } from 'vitest';
import { formatReference, formatReferenceWithoutIds } from './cite.ts';
import { CITED_PLACEHOLDER, citationMetaTags, siteCitation } from './page-citation.ts';

const toga = {
  id: 'bang-2010-toga',
  type: 'article-journal',
  title: 'Trastuzumab in combination with chemotherapy versus chemotherapy alone',
  author: [
    { family: 'Bang', given: 'Yung-Jue' },
    { family: 'Van Cutsem', given: 'Eric' },
  ],
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
    expect(formatReference(toga, 'apa')).toBe(
      'Bang, Y.-J., & Van Cutsem, E. (2010). Trastuzumab in combination with chemotherapy versus chemotherapy alone. The Lancet, 376(9742), 687–697. https://doi.org/10.1016/S0140-6736(10)61121-X',
    );
    expect(formatReference(toga, 'vancouver')).toMatch(/^Bang YJ, Van Cutsem E\. Trastuzumab in combination .* The Lancet\. 2010 Aug 28;376\(9742\):687–97\./);
  });
  it('can leave identifiers out so pages can link them instead', () => {
    expect(formatReferenceWithoutIds(toga, 'vancouver')).not.toMatch(/doi|PMID|10\.1016/);
  });
});

describe('citing a page', () => {
  const page = {
    id: '/trials/toga/',
    title: 'ToGA',
    url: 'https://example.org/trials/toga/',
    reviewed: '2026-11-25',
    description: 'The ToGA trial.',
    siteName: 'HER2 Gastric Cancer Evidence',
    author: 'HER2 Gastric Cancer Evidence contributors',
  };
  it('cites the page as a dated web page with its permalink and no DOI', () => {
    const formats = siteCitation(page);
    expect(formats.apa).toBe('HER2 Gastric Cancer Evidence contributors. (2026, November 25). ToGA. HER2 Gastric Cancer Evidence. https://example.org/trials/toga/');
    expect(formats.vancouver).toContain(`2026 ${CITED_PLACEHOLDER}. ToGA. Available from: https://example.org/trials/toga/`);
    expect(formats.ris).toMatch(/^TY {2}- ELEC\n/);
    expect(formats.bibtex).toMatch(/^@online\{her2gc-trials-toga,\n/);
    expect(formats.bibtex).not.toContain('doi');
    expect(JSON.parse(formats.csljson)[0]).toMatchObject({ id: 'her2gc-trials-toga', type: 'webpage', URL: page.url });
  });
  it('emits the meta tags reference managers read', () => {
    const tags = Object.fromEntries(citationMetaTags(page).map((t) => [t.name ?? t.property, t.content]));
    expect(tags).toMatchObject({ citation_title: 'ToGA', citation_date: '2026-11-25', citation_public_url: page.url, 'og:type': 'website', 'og:site_name': page.siteName });
    // Zotero would split a group author into a person, and print DC.type as "[Webpage]".
    expect(tags).not.toHaveProperty('citation_author');
    expect(tags).not.toHaveProperty('DC.creator');
    expect(tags).not.toHaveProperty('DC.type');
    expect(tags).not.toHaveProperty('citation_doi');
    expect(tags).not.toHaveProperty('citation_journal_title');
  });
  it('cites a figure or table by its own key, with the page as container and the reviewed date as version', () => {
    const table = siteCitation(page, { anchor: 'table-arms', kind: 'table', label: 'Table 1', caption: 'Arms of ToGA' });
    expect(table.key).toBe('her2gc-trials-toga-table-arms');
    expect(table.ris).toMatch(/^TY {2}- CHART\nID {2}- her2gc-trials-toga-table-arms\n/);
    expect(JSON.parse(table.csljson)[0]).toMatchObject({ type: 'figure', genre: 'Table', 'container-title': 'ToGA', version: '2026-11-25', URL: `${page.url}#table-arms` });
    expect(table.apa).toContain('Table 1. Arms of ToGA [Table]. In ToGA (Version reviewed 2026-11-25).');
    const figure = siteCitation(page, { anchor: 'fig-arms', kind: 'figure', label: 'Figure 1', caption: 'Arms' });
    expect(figure.ris).toMatch(/^TY {2}- FIGURE\n/);
    expect(figure.key).not.toBe(table.key);
  });
});
