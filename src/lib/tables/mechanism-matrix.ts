import {
  agentClassLabels,
  effectDirectionSymbols,
  type AgentClass,
  type DiseaseContext,
  type EffectDirection,
  type EvidenceLevel,
  type EvidenceStance,
} from '../../schemas/vocab.ts';
import { withDetail, withFlags, type TableModel } from './table-model.ts';
import { evidenceRank as evidenceRankOf, strongestLevel } from '../evidence.ts';
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

/** Short codes for a matrix cell's one mark; the table's legend spells each out. */
export const LEVEL_CODES: Record<EvidenceLevel, string> = {
  'phase-3': 'P3',
  'phase-2-randomised': 'P2R',
  'phase-2-single-arm': 'P2',
  'phase-1': 'P1',
  observational: 'Obs',
  'preclinical-in-vivo': 'Vivo',
  'preclinical-in-vitro': 'Vitro',
  review: 'Rev',
};
export const DISEASE_CODES: Record<DiseaseContext, string> = { gastric: 'GC', breast: 'BC', 'other-solid': 'ST', preclinical: 'Lab' };

/** What a cell shows: one mark for its strongest evidence, and how many studies lie behind it. */
export interface CellSummary {
  /** The direction the strongest evidence supports. */
  direction: EffectDirection;
  level: EvidenceLevel;
  disease: DiseaseContext;
  /** Distinct evidence items (studies) in the cell. */
  studies: number;
}

/**
 * A cell in one mark: the strongest evidence item (gastric before other diseases at the same
 * level, supporting before contradicting), its effect's direction, and the number of distinct
 * studies in the cell; conflicts are the cell's `conflicts`, stated once beside the mark.
 */
export function cellSummary(cell: MatrixCell): CellSummary {
  const items = cell.effects.flatMap((effect) => effect.evidence.map((item) => ({ ...item, direction: effect.direction })));
  const rank = (item: (typeof items)[number]) => [evidenceRankOf(item.level), item.disease === 'gastric' ? 0 : 1, item.stance === 'supports' ? 0 : 1];
  const best = [...items].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  })[0];
  return { direction: best.direction, level: best.level, disease: best.disease, studies: new Set(items.map((item) => item.id)).size };
}

/** A matrix cell as the page shows it: its one mark, and the agents its evidence names (titles). */
export interface ShownMatrixCell extends MatrixCell {
  mark: CellSummary;
  named: string[];
}

/** The matrix table: rows with each cell's mark (which the page renders) and the model (which the downloads hold). */
export function mechanismMatrixTable(
  mechanisms: readonly MechanismEntry[],
  classOrder: readonly AgentClass[],
  agentTitle: (id: string) => string,
): TableModel & { classes: AgentClass[]; shownRows: Array<MechanismMatrix['rows'][number] & { cells: Array<ShownMatrixCell | undefined> }> } {
  const matrix = mechanismMatrix(mechanisms, classOrder);
  const shownRows = matrix.rows.map((row) => ({
    ...row,
    cells: row.cells.map((cell) => cell && { ...cell, mark: cellSummary(cell), named: [...new Set(cell.effects.flatMap((e) => (e.agent ? [e.agent] : [])))].map(agentTitle) }),
  }));
  const cellText = (cell: ShownMatrixCell | undefined) => {
    if (!cell) return '';
    const { direction, level, disease, studies } = cell.mark;
    const mark = `${effectDirectionSymbols[direction]} ${LEVEL_CODES[level]}·${DISEASE_CODES[disease]}, ${studies} ${studies === 1 ? 'study' : 'studies'}`;
    return withFlags(withDetail(mark, cell.named.join(', ')), [cell.conflicting && `conflicting evidence: ${cell.conflicts.map((kind) => conflictLabels[kind]).join('; ')}`]);
  };
  return {
    anchor: 'table-mechanism-matrix',
    caption: 'Resistance mechanisms by agent class',
    header: ['Mechanism', ...matrix.classes.map((c) => agentClassLabels[c])],
    rows: shownRows.map((row) => [row.title, ...row.cells.map(cellText)]),
    // Cells link to the evidence on each mechanism's page, where it is cited.
    sources: [],
    classes: matrix.classes,
    shownRows,
  };
}
