import { evidenceLevels, evidenceStances, type EvidenceLevel, type EvidenceStance } from '../schemas/vocab.ts';

/** Rank of an evidence level: 0 is strongest. */
export function evidenceRank(level: EvidenceLevel): number {
  return evidenceLevels.indexOf(level);
}

/** The strongest level among several, or undefined for none. */
export function strongestLevel(levels: Iterable<EvidenceLevel>): EvidenceLevel | undefined {
  let best: EvidenceLevel | undefined;
  for (const level of levels) if (best === undefined || evidenceRank(level) < evidenceRank(best)) best = level;
  return best;
}

/** Sorts evidence items strongest first, keeping the authors' order among equals. */
export function byStrength<T extends { level: EvidenceLevel }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => evidenceRank(a.item.level) - evidenceRank(b.item.level) || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * Evidence grouped by stance (supporting, contradicting, mixed, in that order), strongest
 * first within each group; empty groups are left out so a page never shows an empty table.
 */
export function groupByStance<T extends { level: EvidenceLevel; stance: EvidenceStance }>(items: readonly T[]): Array<{ stance: EvidenceStance; items: T[] }> {
  return evidenceStances.map((stance) => ({ stance, items: byStrength(items.filter((item) => item.stance === stance)) })).filter((group) => group.items.length > 0);
}
