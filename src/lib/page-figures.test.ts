import { describe, expect, it } from 'vitest';
import { annotatePageFigures, tableAnchor, tableDownloadPaths } from './page-figures.ts';

const svgFigure =
  '<figure class="diagram" id="fig-adc"><div><svg viewBox="0 0 10 10"><text id="t">A &lt; B</text></svg></div>' +
  '<figcaption><a class="fig-number" href="#fig-adc">Figure 1.</a> How an ADC works <span class="fig-tools"><a href="#cite-fig-adc">Cite</a></span></figcaption></figure>';

describe('annotatePageFigures', () => {
  it('numbers captioned tables in page order, gives each an anchor and its cite, CSV and SVG links', () => {
    const html = `<p>x</p><table id="table-trials"><caption>Trials compared (3)</caption><tr><td>1</td></tr></table><table><caption>Between-arm comparisons</caption><tr><td>2</td></tr></table>`;
    const { html: out, figures } = annotatePageFigures(html, '/trials/');
    expect(figures).toEqual([
      { anchor: 'table-trials', kind: 'table', label: 'Table 1', caption: 'Trials compared (3)' },
      { anchor: 'table-between-arm-comparisons', kind: 'table', label: 'Table 2', caption: 'Between-arm comparisons' },
    ]);
    expect(out).toContain('<caption><a class="fig-number" href="#table-trials">Table 1.</a> Trials compared (3) <span class="fig-tools">');
    expect(out).toContain('<table id="table-between-arm-comparisons"><caption><a class="fig-number" href="#table-between-arm-comparisons">Table 2.</a>');
    expect(out).toContain('href="/trials/table-trials.csv" download="table-trials.csv"');
    expect(out).toContain('href="#cite-table-between-arm-comparisons"');
  });

  it('lists figures with their visible number and caption, and leaves their bytes (inline SVG included) untouched', () => {
    const { html, figures } = annotatePageFigures(svgFigure, '/agents/x/');
    expect(html).toBe(svgFigure);
    expect(figures).toEqual([{ anchor: 'fig-adc', kind: 'figure', label: 'Figure 1', caption: 'How an ADC works' }]);
  });

  it('leaves tables without a caption alone (layout tables are not figures)', () => {
    const html = '<table><tr><td>a</td></tr></table>';
    expect(annotatePageFigures(html, '/').html).toBe(html);
  });
});

describe('tableAnchor', () => {
  it('slugs the caption and avoids taken anchors', () => {
    expect(tableAnchor('Arm A (n=298): Trastuzumab + chemotherapy', new Set())).toBe('table-arm-a-n-298-trastuzumab-chemotherapy');
    expect(tableAnchor('Results', new Set(['table-results']))).toBe('table-results-2');
    expect(tableAnchor('Supporting evidence (6)', new Set())).toBe('table-supporting-evidence');
  });
});

describe('tableDownloadPaths', () => {
  it('puts downloads beside the page', () => {
    expect(tableDownloadPaths('/her2/trials/toga/', 'table-x')).toEqual({ csv: '/her2/trials/toga/table-x.csv', svg: '/her2/trials/toga/table-x.svg' });
  });
});
