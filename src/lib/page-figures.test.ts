import { describe, expect, it } from 'vitest';
import { pageFigures, tableDownloadPaths } from './page-figures.ts';
import { numberTables, tableAnchor } from './tables/table-model.ts';

const table = (anchor: string, caption: string) => ({ anchor, caption, header: ['A'], rows: [['1']], sources: [] });

describe('numberTables', () => {
  it('numbers a page’s tables in the order the page shows them', () => {
    const [first, second] = numberTables([table('table-trials', 'Trials compared (3)'), table('table-comparisons', 'Between-arm comparisons')]);
    expect([first.label, first.number, second.label, second.number]).toEqual(['Table 1', 1, 'Table 2', 2]);
  });
  it('refuses two tables with one anchor, which would share their downloads', () => {
    expect(() => numberTables([table('table-x', 'A'), table('table-x', 'B')])).toThrow(/share the anchor "table-x"/);
  });
});

describe('tableAnchor', () => {
  it('slugs the caption without a trailing count, so the anchor survives a change in the data', () => {
    expect(tableAnchor('Trials of Trastuzumab: design and headline results (12)')).toBe('table-trials-of-trastuzumab-design-and-headline-result');
    expect(tableAnchor('Trials of Trastuzumab: design and headline results (13)')).toBe(tableAnchor('Trials of Trastuzumab: design and headline results (12)'));
    expect(tableAnchor('(1)')).toBe('table-data');
  });
});

describe('pageFigures', () => {
  it('lists the page’s figures and tables in the order the page shows them, for their citations', () => {
    const tables = numberTables([table('table-trials', 'Trials compared (3)')]);
    const adc = { id: 'adc', number: 1, caption: 'How an ADC works' };
    expect(pageFigures([adc], [...tables, undefined])).toEqual([
      { anchor: 'fig-adc', kind: 'figure', label: 'Figure 1', caption: 'How an ADC works' },
      { anchor: 'table-trials', kind: 'table', label: 'Table 1', caption: 'Trials compared (3)' },
    ]);
    expect(pageFigures(tables, [adc]).map((f) => f.anchor)).toEqual(['table-trials', 'fig-adc']);
  });
  it('puts table downloads beside the page', () => {
    expect(tableDownloadPaths('/trials/toga/', 'table-arm-chemo')).toEqual({ csv: '/trials/toga/table-arm-chemo.csv', svg: '/trials/toga/table-arm-chemo.svg' });
    expect(tableDownloadPaths('/trials', 'table-trials').csv).toBe('/trials/table-trials.csv');
  });
});
