import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './edit-distance.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and neighbouring swaps as one edit each', () => {
    expect(editDistance('trastuzumab', 'trastuzumab')).toBe(0);
    expect(editDistance('trastuzamab', 'trastuzumab')).toBe(1);
    expect(editDistance('lapatanib', 'lapatinib')).toBe(1);
    expect(editDistance('pertuzmuab', 'pertuzumab')).toBe(1);
    expect(editDistance('enhurtu', 'enhertu')).toBe(1);
    expect(editDistance('zanidatamib', 'zanidatamab')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('stops early past the limit', () => {
    expect(editDistance('trastuzumab', 'pembrolizumab', 2)).toBe(3);
  });
  it('lists the nearest candidates first', () => {
    expect(closest('trastuzamab', ['pertuzumab', 'trastuzumab', 'trastuzumab deruxtecan'], 2)).toEqual(['trastuzumab']);
    expect(closest('xyz', ['trastuzumab'], 2)).toEqual([]);
  });
});
