import { agentClassLabels, mechanismCategoryLabels, type EffectDirection } from '../schemas/vocab.ts';
import { agentGastricStatus } from './agent-status.ts';
import { evidenceRank, strongestLevel } from './evidence.ts';
import type { AgentEntry, MechanismEntry, TrialEntry } from './types.ts';

/** One agent-mechanism link: named explicitly by the evidence, or through the agent's class. */
export interface AgentMechanismLink {
  agent: string;
  mechanism: string;
  direction: EffectDirection;
  /** True when the mechanism's evidence names this agent, false when it names only its class. */
  specific: boolean;
}

/**
 * Every agent-mechanism pair, derived from the mechanisms' `effects`. A specific
 * effect on an agent wins over a class-level one for the same pair.
 */
export function agentMechanismLinks(agents: readonly AgentEntry[], mechanisms: readonly MechanismEntry[]): AgentMechanismLink[] {
  const links = new Map<string, AgentMechanismLink>();
  for (const mechanism of mechanisms) {
    for (const effect of mechanism.data.effects) {
      const targets = effect.agent ? agents.filter((a) => a.id === effect.agent?.id) : agents.filter((a) => a.data.class === effect.agentClass);
      for (const agent of targets) {
        const key = `${agent.id}\u0000${mechanism.id}`;
        const existing = links.get(key);
        if (!existing || (!existing.specific && effect.agent)) {
          links.set(key, { agent: agent.id, mechanism: mechanism.id, direction: effect.direction, specific: Boolean(effect.agent) });
        }
      }
    }
  }
  return [...links.values()];
}

/** One list of related pages, under a label that says how they relate. */
export interface RelatedGroup {
  kind: 'agents' | 'mechanisms' | 'trials';
  label: string;
  items: Array<{ id: string; title: string }>;
}
export type RelatedPages = RelatedGroup[];

interface Collections {
  agents: readonly AgentEntry[];
  mechanisms: readonly MechanismEntry[];
  trials: readonly TrialEntry[];
}

/** The trials on the site that test an agent, by name: the agent page's table and card. */
export function agentTrials(agentId: string, trials: readonly TrialEntry[]): string[] {
  return trials
    .filter((t) => t.data.agents.some((a) => a.id === agentId))
    .map((t) => t.id)
    .sort();
}

const byTitle = <T extends { data: { title: string } }>(a: T, b: T) => a.data.title.localeCompare(b.data.title);
const mechanismStrength = (m: MechanismEntry) => evidenceRank(strongestLevel(m.data.evidence.map((e) => e.level))!);
const referencesOf = (m: MechanismEntry) => new Set(m.data.evidence.flatMap((e) => e.sources.map((s) => s.id)));

/**
 * Related pages that add something to a page, each list labelled by the relation that makes it
 * related, strongest first, and never a list the page already shows (an agent page lists its
 * trials and mechanisms, a trial's facts box its agents, a mechanism's the agents it affects):
 * - agent: other agents of its class, by their standing in gastric cancer;
 * - mechanism: the trials its evidence cites, and other mechanisms of its category, by strength of evidence;
 * - trial: the mechanisms whose evidence cites it or names an agent it tested, and other trials of those agents in the same disease.
 */
export function relatedPages(kind: 'agents' | 'mechanisms' | 'trials', id: string, all: Collections): RelatedPages {
  const group = <T extends { id: string; data: { title: string } }>(kind: RelatedGroup['kind'], label: string, entries: readonly T[]): RelatedGroup[] =>
    entries.length > 0 ? [{ kind, label, items: entries.map((e) => ({ id: e.id, title: e.data.title })) }] : [];

  if (kind === 'agents') {
    const agent = all.agents.find((a) => a.id === id);
    if (!agent) return [];
    const candidates = all.agents.filter((a) => a.id !== id && a.data.class === agent.data.class);
    const rank = new Map(candidates.map((a) => [a.id, agentGastricStatus(a, all.trials).rank]));
    const peers = candidates.sort((a, b) => rank.get(a.id)! - rank.get(b.id)! || byTitle(a, b));
    return group('agents', `Other agents of this class (${agentClassLabels[agent.data.class].toLowerCase()})`, peers);
  }
  if (kind === 'mechanisms') {
    const mechanism = all.mechanisms.find((m) => m.id === id);
    if (!mechanism) return [];
    const cited = referencesOf(mechanism);
    const trials = all.trials
      .filter((t) => t.data.references.some((r) => cited.has(r.id)))
      .sort((a, b) => evidenceRank(a.data.evidenceLevel) - evidenceRank(b.data.evidenceLevel) || byTitle(a, b));
    const peers = all.mechanisms
      .filter((m) => m.id !== id && m.data.category === mechanism.data.category)
      .sort((a, b) => mechanismStrength(a) - mechanismStrength(b) || byTitle(a, b));
    return [
      ...group('trials', 'Trials its evidence comes from', trials),
      ...group('mechanisms', `Other mechanisms of this kind (${mechanismCategoryLabels[mechanism.data.category].toLowerCase()})`, peers),
    ];
  }
  const trial = all.trials.find((t) => t.id === id);
  if (!trial) return [];
  const tested = new Set(trial.data.agents.map((a) => a.id));
  const own = new Set(trial.data.references.map((r) => r.id));
  const citesIt = (m: MechanismEntry) => [...referencesOf(m)].some((r) => own.has(r));
  const namesAgent = (m: MechanismEntry) => m.data.effects.some((e) => e.agent && tested.has(e.agent.id));
  const mechanisms = all.mechanisms
    .filter((m) => citesIt(m) || namesAgent(m))
    .sort((a, b) => Number(citesIt(b)) - Number(citesIt(a)) || mechanismStrength(a) - mechanismStrength(b) || byTitle(a, b));
  const parent = trial.data.subgroupOf?.id;
  const trials = all.trials
    .filter((t) => t.id !== id && (t.id === parent || t.data.subgroupOf?.id === id || (t.data.disease === trial.data.disease && t.data.agents.some((a) => tested.has(a.id)))))
    .sort((a, b) => Number(b.id === parent) - Number(a.id === parent) || evidenceRank(a.data.evidenceLevel) - evidenceRank(b.data.evidenceLevel) || byTitle(a, b));
  return [
    ...group('mechanisms', 'Resistance mechanisms studied in this trial or for its agents', mechanisms),
    ...group('trials', 'Other trials of these agents in the same disease', trials),
  ];
}
