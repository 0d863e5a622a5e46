import type { EffectDirection } from '../schemas/vocab.ts';
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

export interface RelatedPages {
  agents: string[];
  mechanisms: string[];
  trials: string[];
}

interface Collections {
  agents: readonly AgentEntry[];
  mechanisms: readonly MechanismEntry[];
  trials: readonly TrialEntry[];
}

const sortedUnique = (ids: Iterable<string>) => [...new Set(ids)].sort();

/**
 * Related pages of any entry, in both directions: agent <-> trial (a trial tests the agent),
 * agent <-> mechanism (the mechanism affects the agent or its class), and
 * trial <-> mechanism (the mechanism affects an agent the trial tests).
 */
export function relatedPages(kind: 'agents' | 'mechanisms' | 'trials', id: string, all: Collections): RelatedPages {
  const links = agentMechanismLinks(all.agents, all.mechanisms);
  const mechanismsOf = (agentIds: readonly string[]) => links.filter((l) => agentIds.includes(l.agent)).map((l) => l.mechanism);
  const agentsOf = (mechanismId: string) => links.filter((l) => l.mechanism === mechanismId).map((l) => l.agent);
  const trialsOf = (agentIds: readonly string[]) => all.trials.filter((t) => t.data.agents.some((a) => agentIds.includes(a.id))).map((t) => t.id);

  if (kind === 'agents') return { agents: [], mechanisms: sortedUnique(mechanismsOf([id])), trials: sortedUnique(trialsOf([id])) };
  if (kind === 'mechanisms') {
    const agentIds = agentsOf(id);
    return { agents: sortedUnique(agentIds), mechanisms: [], trials: sortedUnique(trialsOf(agentIds)) };
  }
  const trial = all.trials.find((t) => t.id === id);
  const agentIds = trial?.data.agents.map((a) => a.id) ?? [];
  return { agents: sortedUnique(agentIds), mechanisms: sortedUnique(mechanismsOf(agentIds)), trials: [] };
}
