import { strongestLevel } from './evidence.ts';
import { evidenceLevelLabels, type DiseaseContext, type EffectDirection, type EvidenceLevel, type EvidenceStance } from '../schemas/vocab.ts';

/** An effect's evidence as a mechanism records it. */
export interface EffectEvidence {
  level: EvidenceLevel;
  disease: DiseaseContext;
  stance: EvidenceStance;
}

const FIRM: Record<EffectDirection, string> = {
  'confers-resistance': 'confers resistance',
  'reduces-benefit': 'reduces benefit',
  'no-clear-effect': 'no clear effect',
  'increases-sensitivity': 'increases sensitivity',
};
const HEDGED: Record<EffectDirection, string> = {
  'confers-resistance': 'may confer resistance',
  'reduces-benefit': 'may reduce benefit',
  'no-clear-effect': 'no clear effect',
  'increases-sensitivity': 'may increase sensitivity',
};
const WHERE: Record<DiseaseContext, string> = { gastric: 'gastric cancer', breast: 'breast cancer', 'other-solid': 'other solid tumours', preclinical: 'laboratory models' };
const CLINICAL: ReadonlySet<EvidenceLevel> = new Set(['phase-3', 'phase-2-randomised', 'phase-2-single-arm', 'phase-1', 'observational']);

/**
 * How a mechanism's facts box words its effect on an agent, so the verb claims no more than the
 * evidence holds: firm only when clinical evidence in gastric cancer supports it and none
 * contradicts it; otherwise hedged, with where the strongest evidence comes from and whether it
 * conflicts ("may confer resistance: breast cancer, observational; conflicting").
 */
export function effectWording(direction: EffectDirection, evidence: readonly EffectEvidence[]): string {
  const supporting = evidence.filter((e) => e.stance === 'supports');
  const conflicting = evidence.some((e) => e.stance !== 'supports');
  const gastricClinical = supporting.some((e) => e.disease === 'gastric' && CLINICAL.has(e.level));
  const firm = gastricClinical && !conflicting;
  // The verb rests on the supporting items; with none, on what there is.
  const grounds = supporting.length > 0 ? supporting : evidence;
  const strongest = strongestLevel(grounds.map((e) => e.level));
  if (firm || strongest === undefined) return FIRM[direction];
  const basis = grounds.find((e) => e.level === strongest)!;
  const qualifiers = [`${WHERE[basis.disease]}, ${evidenceLevelLabels[strongest].toLowerCase()}`, ...(conflicting ? ['conflicting'] : [])];
  return `${HEDGED[direction]} (${qualifiers.join('; ')})`;
}
