import type { AgentClass, DiseaseContext, EffectDirection, EvidenceLevel, EvidenceStance } from '../../schemas/vocab.ts';
import { strongestLevel } from '../evidence.ts';
import type { MechanismEntry } from '../types.ts';

export interface MatrixEffect {
  direction: EffectDirection;
  /** Agent id when the evidence names one. */
  agent?: string;
  evidence: Array<{ id: string; level: EvidenceLevel; disease: DiseaseContext; stance: EvidenceStance; sources: string[] }>;
}

export interface MatrixCell {
  mechanism: string;
  agentClass: AgentClass;
  effects: MatrixEffect[];
  strongest?: EvidenceLevel;
  diseases: DiseaseContext[];
  /** Evidence disagrees: opposite stances or different directions in one cell. */
  conflicting: boolean;
  /** Why, in the order of `conflictKinds`; empty when the evidence agrees. */
  conflicts: ConflictKind[];
}

/** The ways the evidence in one cell can disagree. */
export const conflictKinds = ['opposite-stances', 'mixed-item', 'different-directions'] as const;
export type ConflictKind = (typeof conflictKinds)[number];

/** Words for each kind, so a conflict is stated in text and never by colour alone. */
export const conflictLabels: Record<ConflictKind, string> = {
  'opposite-stances': 'supporting and contradicting items',
  'mixed-item': 'an item with mixed results',
  'different-directions': 'effects in different directions',
};

/** How the evidence in one cell disagrees, if it does. */
export function cellConflicts(effects: ReadonlyArray<{ direction: EffectDirection; evidence: ReadonlyArray<{ stance: EvidenceStance }> }>): ConflictKind[] {
  const stances = new Set(effects.flatMap((e) => e.evidence.map((item) => item.stance)));
  const found: Record<ConflictKind, boolean> = {
    'opposite-stances': stances.has('supports') && stances.has('contradicts'),
    'mixed-item': stances.has('mixed'),
    'different-directions': new Set(effects.map((e) => e.direction)).size > 1,
  };
  return conflictKinds.filter((kind) => found[kind]);
}

export interface MechanismMatrix {
  classes: AgentClass[];
  rows: Array<{ mechanism: string; title: string; category: MechanismEntry['data']['category']; cells: Array<MatrixCell | undefined> }>;
}

/**
 * The mechanism x agent-class matrix. Columns are the classes that at least one
 * mechanism affects, in the vocabulary's order; every cell resolves to evidence items.
 */
export function mechanismMatrix(mechanisms: readonly MechanismEntry[], classOrder: readonly AgentClass[]): MechanismMatrix {
  const used = new Set(mechanisms.flatMap((m) => m.data.effects.map((e) => e.agentClass)));
  const classes = classOrder.filter((c) => used.has(c));
  const rows = mechanisms.map((mechanism) => {
    const byId = new Map(mechanism.data.evidence.map((item) => [item.id, item]));
    const cells = classes.map((agentClass): MatrixCell | undefined => {
      const effects = mechanism.data.effects
        .filter((effect) => effect.agentClass === agentClass)
        .map((effect) => ({
          direction: effect.direction,
          agent: effect.agent?.id,
          evidence: effect.evidence.map((id) => {
            const item = byId.get(id);
            if (!item) throw new Error(`${mechanism.id}: effect cites unknown evidence "${id}"`);
            return { id, level: item.level, disease: item.disease, stance: item.stance, sources: item.sources.map((s) => s.id) };
          }),
        }));
      if (effects.length === 0) return undefined;
      const evidence = effects.flatMap((e) => e.evidence);
      const conflicts = cellConflicts(effects);
      return {
        mechanism: mechanism.id,
        agentClass,
        effects,
        strongest: strongestLevel(evidence.map((e) => e.level)),
        diseases: [...new Set(evidence.map((e) => e.disease))],
        conflicting: conflicts.length > 0,
        conflicts,
      };
    });
    return { mechanism: mechanism.id, title: mechanism.data.title, category: mechanism.data.category, cells };
  });
  return { classes, rows };
}
