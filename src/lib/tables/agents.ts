import { agentClassLabels, bindingSiteLabels, gastricStatusLabels } from '../../schemas/vocab.ts';
import type { AgentEntry } from '../types.ts';

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
  status: string;
  statusStage: AgentEntry['data']['gastricStatus']['stage'];
  /** References behind the row's facts, in column order without repeats. */
  sources: string[];
}

const NOT_APPLICABLE = '—';
/** Shown where a value applies but no verified source gave it. */
const NOT_FOUND = 'not found in a verified source';

/** Rows of the agent comparison table, in class order then by name. */
export function agentComparisonRows(agents: readonly AgentEntry[], classOrder: readonly string[]): AgentComparisonRow[] {
  return [...agents]
    .sort((a, b) => classOrder.indexOf(a.data.class) - classOrder.indexOf(b.data.class) || a.data.title.localeCompare(b.data.title))
    .map(({ id, data }) => ({
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
      status: gastricStatusLabels[data.gastricStatus.stage],
      statusStage: data.gastricStatus.stage,
      sources: [...new Set([...data.targetSources, ...(data.adc?.sources ?? []), ...data.gastricStatus.sources].map((s) => s.id))],
    }));
}
