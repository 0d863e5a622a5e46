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
      const stances = new Set(evidence.map((e) => e.stance));
      const directions = new Set(effects.map((e) => e.direction));
      return {
        mechanism: mechanism.id,
        agentClass,
        effects,
        strongest: strongestLevel(evidence.map((e) => e.level)),
        diseases: [...new Set(evidence.map((e) => e.disease))],
        conflicting: stances.has('mixed') || (stances.has('supports') && stances.has('contradicts')) || directions.size > 1,
      };
    });
    return { mechanism: mechanism.id, title: mechanism.data.title, category: mechanism.data.category, cells };
  });
  return { classes, rows };
}
