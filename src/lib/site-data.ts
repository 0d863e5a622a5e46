import type { AgentEntry, MechanismEntry, ReferenceEntry, TrialEntry } from './types.ts';
import { contentDates, resolveAsOf, type AsOf } from './freshness.ts';
import { agentMechanismLinks, agentTrials, type AgentMechanismLink } from './related.ts';
import type { PageKind } from './urls.ts';
import { shortReference } from './downloads/footer.ts';

/**
 * Everything the pages share, derived once per build from the collections: the entries in reading
 * order, and the joins and lookups many pages need. Plain data, so the page models built from it
 * (src/lib/page-model/) are tested on the real content without Astro.
 */
export interface SiteData {
  agents: AgentEntry[];
  mechanisms: MechanismEntry[];
  trials: TrialEntry[];
  references: ReferenceEntry[];
  referenceById: Map<string, ReferenceEntry>;
  /** The content's "as of" date, against which the age of checked items is measured (src/lib/freshness.ts). */
  asOf: AsOf;
  /** Every agent-mechanism pair, joined once per build. */
  links: AgentMechanismLink[];
  /** An entry's title by its id, or the id when no entry has it. */
  titleOf: (kind: PageKind, id: string) => string;
  /** A reference's short name by its key ("Bang et al., 2010"), for download footers and source columns; the key when unknown. */
  sourceName: (id: string) => string;
}

export interface Collections {
  agents: readonly AgentEntry[];
  mechanisms: readonly MechanismEntry[];
  trials: readonly TrialEntry[];
  references: readonly ReferenceEntry[];
}

const byTitle = <T extends { data: { title: string } }>(a: T, b: T) => a.data.title.localeCompare(b.data.title, 'en');

/** The site's shared data from its collections; `asOfOverride` is the SITE_AS_OF setting, when given. */
export function siteDataOf(collections: Collections, asOfOverride?: string): SiteData {
  const references = [...collections.references].sort((a, b) => a.id.localeCompare(b.id));
  const pages = { agents: collections.agents, mechanisms: collections.mechanisms, trials: collections.trials };
  const shortNames = new Map(references.map((r) => [r.id, shortReference(r.data)]));
  const titles = new Map(Object.entries(pages).flatMap(([kind, entries]) => entries.map((e) => [`${kind}/${e.id}`, e.data.title] as const)));
  // Joined in the collections' own order (by file name), which the pages list links in.
  const links = agentMechanismLinks(pages.agents, pages.mechanisms);
  return {
    agents: [...pages.agents].sort(byTitle),
    mechanisms: [...pages.mechanisms].sort(byTitle),
    trials: [...pages.trials].sort(byTitle),
    references,
    referenceById: new Map(references.map((r) => [r.id, r])),
    asOf: resolveAsOf(contentDates(pages), asOfOverride),
    links,
    titleOf: (kind: PageKind, id: string) => titles.get(`${kind}/${id}`) ?? id,
    sourceName: (id: string) => shortNames.get(id) ?? id,
  };
}

/** The trials of an agent, as its page and its card list them. */
export function trialsOfAgent(agent: AgentEntry, data: SiteData): TrialEntry[] {
  const ids = agentTrials(agent.id, data.trials);
  return data.trials.filter((t) => ids.includes(t.id));
}
