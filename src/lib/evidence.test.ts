import { describe, expect, it } from 'vitest';
import { byStrength, evidenceRank, groupByStance, strongestLevel } from './evidence.ts';

describe('evidence levels', () => {
  it('rank phase 3 above preclinical work and review', () => {
    expect(evidenceRank('phase-3')).toBeLessThan(evidenceRank('phase-1'));
    expect(evidenceRank('preclinical-in-vivo')).toBeLessThan(evidenceRank('preclinical-in-vitro'));
    expect(evidenceRank('review')).toBe(7);
  });
  it('pick the strongest level', () => {
    expect(strongestLevel(['preclinical-in-vitro', 'observational', 'phase-1'])).toBe('phase-1');
    expect(strongestLevel([])).toBeUndefined();
  });
  it('sort items strongest first and keep the order of equals', () => {
    const items = [
      { id: 'a', level: 'review' as const },
      { id: 'b', level: 'phase-3' as const },
      { id: 'c', level: 'review' as const },
    ];
    expect(byStrength(items).map((i) => i.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('groupByStance', () => {
  it('groups supporting, contradicting and mixed items in that order, strongest first, without empty groups', () => {
    const items = [
      { id: 'mix', level: 'preclinical-in-vitro' as const, stance: 'mixed' as const },
      { id: 'cells', level: 'preclinical-in-vitro' as const, stance: 'supports' as const },
      { id: 'trial', level: 'phase-2-randomised' as const, stance: 'supports' as const },
      { id: 'cohort', level: 'observational' as const, stance: 'mixed' as const },
    ];
    expect(groupByStance(items).map((g) => [g.stance, g.items.map((i) => i.id)])).toEqual([
      ['supports', ['trial', 'cells']],
      ['mixed', ['cohort', 'mix']],
    ]);
    expect(groupByStance([{ id: 'x', level: 'review' as const, stance: 'contradicts' as const }]).map((g) => g.stance)).toEqual(['contradicts']);
    expect(groupByStance([])).toEqual([]);
  });
});
