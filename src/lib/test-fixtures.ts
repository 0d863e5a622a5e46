import type { AgentEntry, MechanismEntry, TrialEntry } from './types.ts';

/** Small in-memory entries for unit tests of the derived views. */
const ref = (id: string) => ({ id, collection: 'references' });
const agentRef = (id: string) => ({ id, collection: 'agents' });

export function agent(id: string, overrides: Partial<AgentEntry['data']> = {}): AgentEntry {
  return {
    id,
    data: {
      title: id[0].toUpperCase() + id.slice(1),
      aliases: [],
      summary: 'A summary long enough for the schema to accept it.',
      class: 'monoclonal-antibody',
      targets: ['HER2'],
      bindingSite: 'her2-domain-iv',
      targetSources: [ref('a-2020')],
      gastricStatus: { stage: 'approved', detail: 'Approved', sources: [ref('b-2021')] },
      milestones: [],
      references: [],
      reviewed: '2026-01-01',
      changes: [{ date: '2026-01-01', summary: 'Entry published.' }],
      ...overrides,
    },
  };
}

export function mechanism(id: string, effects: MechanismEntry['data']['effects'], overrides: Partial<MechanismEntry['data']> = {}): MechanismEntry {
  return {
    id,
    data: {
      title: id,
      aliases: [],
      genes: [],
      summary: 'A summary long enough for the schema to accept it.',
      category: 'bypass-signalling',
      evidence: [
        { id: 'cells', claim: 'Cells resist', level: 'preclinical-in-vitro', disease: 'preclinical', stance: 'supports', sources: [ref('c-2019')], checked: '2026-01-01' },
        { id: 'patients', claim: 'Patients resist', level: 'observational', disease: 'gastric', stance: 'contradicts', sources: [ref('d-2018')], checked: '2026-01-01' },
      ],
      effects,
      biomarkers: [],
      strategies: [],
      references: [],
      reviewed: '2026-01-01',
      changes: [{ date: '2026-01-01', summary: 'Entry published.' }],
      ...overrides,
    },
  };
}

export const effect = (
  agentClass: MechanismEntry['data']['effects'][number]['agentClass'],
  evidence: string[],
  agentId?: string,
  direction: MechanismEntry['data']['effects'][number]['direction'] = 'confers-resistance',
) => ({
  agentClass,
  direction,
  evidence,
  ...(agentId ? { agent: agentRef(agentId) } : {}),
});

export function trial(id: string, agentIds: string[], overrides: Partial<TrialEntry['data']> = {}): TrialEntry {
  return {
    id,
    data: {
      title: id.toUpperCase(),
      aliases: [],
      registry: [],
      summary: 'A summary long enough for the schema to accept it.',
      agents: agentIds.map(agentRef),
      phase: '3',
      design: 'randomised',
      line: 'first',
      setting: 'First line',
      disease: 'gastric',
      evidenceLevel: 'phase-3',
      status: 'completed',
      references: [ref('p-2010')],
      arms: [],
      comparisons: [],
      discrepancies: [],
      reviewed: '2026-01-01',
      changes: [{ date: '2026-01-01', summary: 'Entry published.' }],
      ...overrides,
    },
  };
}
