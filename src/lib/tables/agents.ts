import { agentClassLabels, bindingSiteLabels } from '../../schemas/vocab.ts';
import { agentGastricStatus, type StatusKind } from '../agent-status.ts';
import type { AgentEntry, TrialEntry } from '../types.ts';
import { withDetail, type TableModel } from './table-model.ts';

export interface AgentComparisonRow {
  id: string;
  title: string;
  aliases: string[];
  class: AgentEntry['data']['class'];
  classLabel: string;
  target: string;
  payload: string;
  linker: string;
  dar: string;
  bystander: string;
  /** "Approved", "Positive phase 3", "Negative phase 3", "Phase 2" ... from the data (see agent-status.ts). */
  status: string;
  /** Regions and years, or the trials behind the verdict. */
  statusDetail: string;
  statusKind: StatusKind;
  statusRank: number;
  /** References behind the row's facts, in column order without repeats. */
  sources: string[];
}

const NOT_APPLICABLE = '—';
/** Shown where a value applies but no verified source gave it. */
const NOT_FOUND = 'not found in a verified source';

/** Rows of the agent comparison table, in class order then by name. */
export function agentComparisonRows(agents: readonly AgentEntry[], classOrder: readonly string[], trials: readonly TrialEntry[] = []): AgentComparisonRow[] {
  return [...agents]
    .sort((a, b) => classOrder.indexOf(a.data.class) - classOrder.indexOf(b.data.class) || a.data.title.localeCompare(b.data.title))
    .map(({ id, data }) => ({ id, data, status: agentGastricStatus({ id, data }, trials) }))
    .map(({ id, data, status }) => ({
      id,
      title: data.title,
      aliases: data.aliases,
      class: data.class,
      classLabel: agentClassLabels[data.class],
      target: `${data.targets.join(', ')}${data.bindingSite === 'not-her2' ? '' : ` · ${bindingSiteLabels[data.bindingSite]}`}`,
      payload: data.adc ? `${data.adc.payload} (${data.adc.payloadClass})` : NOT_APPLICABLE,
      linker: data.adc ? data.adc.linker : NOT_APPLICABLE,
      dar: data.adc ? (data.adc.dar === undefined ? NOT_FOUND : String(data.adc.dar)) : NOT_APPLICABLE,
      bystander: data.adc ? (data.adc.bystander ? 'Yes' : 'No') : NOT_APPLICABLE,
      status: status.label,
      statusDetail: status.detail,
      statusKind: status.kind,
      statusRank: status.rank,
      sources: [
        ...new Set(
          [
            ...data.targetSources,
            ...(data.adc?.sources ?? []),
            ...data.gastricStatus.sources,
            ...(data.regulatory?.approvals.filter((a) => a.gastric).map((a) => a.source) ?? []),
          ].map((s) => s.id),
        ),
      ],
    }));
}

/** Columns of the agent comparison tables: every agent, or the antibody-drug conjugates with their payload columns. */
export const AGENT_TABLE_COLUMNS = {
  all: ['Agent', 'Class', 'Target / binding site', 'Status in gastric cancer'],
  adc: ['Agent', 'Payload', 'Linker', 'DAR', 'Bystander effect'],
} as const;
/** The columns a reader can sort as numbers (the status column by its rank). */
export const AGENT_TABLE_NUMERIC: ReadonlySet<string> = new Set(['DAR', 'Status in gastric cancer']);

/** An agent comparison table: its rows (which the page renders) and its model (which the downloads hold). */
export function agentComparisonTable(
  agents: readonly AgentEntry[],
  classOrder: readonly string[],
  trials: readonly TrialEntry[],
  kind: keyof typeof AGENT_TABLE_COLUMNS,
): TableModel & { comparisonRows: AgentComparisonRow[] } {
  const comparisonRows = agentComparisonRows(kind === 'adc' ? agents.filter((a) => a.data.adc) : agents, classOrder, trials);
  const name = (row: AgentComparisonRow) => withDetail(row.title, row.aliases.slice(0, 3).join(', '));
  return {
    anchor: kind === 'adc' ? 'table-adcs' : 'table-agents',
    caption: `${kind === 'adc' ? 'HER2-directed antibody-drug conjugates compared' : 'Agents compared'} (${comparisonRows.length})`,
    header: [...AGENT_TABLE_COLUMNS[kind]],
    rows: comparisonRows.map((row) =>
      kind === 'adc' ? [name(row), row.payload, row.linker, row.dar, row.bystander] : [name(row), row.classLabel, row.target, withDetail(row.status, row.statusDetail)],
    ),
    // The page shows no citations in these tables; the sources of each row are on the agent's page.
    sources: [],
    comparisonRows,
  };
}
