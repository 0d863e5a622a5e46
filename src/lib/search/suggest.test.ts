import { describe, expect, it } from 'vitest';
import { suggestName } from './suggest.ts';

const vocabulary = [
  'Trastuzumab',
  'Herceptin',
  'Pertuzumab',
  'Trastuzumab deruxtecan',
  'T-DXd',
  'DS-8201',
  'Enhertu',
  'Lapatinib',
  'Zanidatamab',
  'ZW25',
  'HER2',
  'HER3',
  'ERBB2',
  'p95HER2 truncation',
];

describe('suggestName', () => {
  it.each([
    ['trastuzamab', 'Trastuzumab'],
    ['lapatanib', 'Lapatinib'],
    ['pertuzimab', 'Pertuzumab'],
    ['enhurtu', 'Enhertu'],
    ['zanidatamib', 'Zanidatamab'],
    ['herceptine', 'Herceptin'],
    ['trastuzumab deruxtecn', 'Trastuzumab deruxtecan'],
    ['DS8210', 'DS-8201'],
  ])('%s -> %s', (typed, meant) => {
    expect(suggestName(typed, vocabulary)).toBe(meant);
  });
  it('leaves known names, short codes and unrelated words alone', () => {
    expect(suggestName('trastuzumab', vocabulary)).toBeUndefined();
    expect(suggestName('T-DXd', vocabulary)).toBeUndefined();
    expect(suggestName('HER4', vocabulary)).toBeUndefined();
    expect(suggestName('lysosome', vocabulary)).toBeUndefined();
    expect(suggestName('', vocabulary)).toBeUndefined();
  });
  it('leaves the start of a known name alone while the reader is still typing', () => {
    expect(suggestName('trastuzumab derux', [...vocabulary, 'trastuzumab + XELOX'])).toBeUndefined();
    expect(suggestName('zanidata', vocabulary)).toBeUndefined();
  });
});
