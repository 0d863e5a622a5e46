import { describe, expect, it } from 'vitest';
import { bodySections, LAYOUT_SECTIONS, pageSections } from './page-sections.ts';

const body = [
  { depth: 2, slug: 'mechanism-of-action', text: 'Mechanism of action' },
  { depth: 3, slug: 'payload', text: 'Payload' },
  { depth: 2, slug: 'clinical-evidence', text: 'Clinical evidence' },
];

describe('page sections', () => {
  it('lists the body’s second-level headings only', () => {
    expect(bodySections(body)).toEqual([
      { id: 'mechanism-of-action', label: 'Mechanism of action' },
      { id: 'clinical-evidence', label: 'Clinical evidence' },
    ]);
  });

  it('puts the page’s own sections around the body, then related pages, how the page was checked, references and the citation box', () => {
    const sections = pageSections({
      before: [{ id: 'results-heading', label: 'Results' }],
      body,
      after: [{ id: 'trials', label: 'Trials' }],
      hasRelated: true,
      hasReferences: true,
    });
    expect(sections.map((s) => s.id)).toEqual([
      'results-heading',
      'mechanism-of-action',
      'clinical-evidence',
      'trials',
      'related-heading',
      'checked-heading',
      'references-heading',
      'cite-heading',
    ]);
  });

  it('leaves out related pages and references when the page has none', () => {
    expect(pageSections({ body: [], hasRelated: false, hasReferences: false })).toEqual([LAYOUT_SECTIONS.checked, LAYOUT_SECTIONS.cite]);
  });

  it('refuses one id for two sections', () => {
    expect(() => pageSections({ body, after: [{ id: 'clinical-evidence', label: 'Again' }], hasRelated: false, hasReferences: false })).toThrow(/clinical-evidence.*twice/);
  });
});
