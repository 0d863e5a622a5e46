import { getCollection } from 'astro:content';
import type { AgentEntry, MechanismEntry, ReferenceEntry, TrialEntry } from '../lib/types.ts';
import type { CslItem } from '../lib/cite.ts';
import { contentDates, resolveAsOf, type AsOf } from '../lib/freshness.ts';
import { siteAsOfOverride } from '../site.config.ts';
import { agentMechanismLinks, type AgentMechanismLink } from '../lib/related.ts';
import type { PageKind } from '../lib/urls.ts';
import { shortReference } from '../lib/downloads/footer.ts';

/**
 * All collections, loaded once per build. Pages read from here and hand plain
 * data to the lib functions, which never import astro:content themselves.
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

let loading: Promise<SiteData> | undefined;

const byTitle = <T extends { data: { title: string } }>(a: T, b: T) => a.data.title.localeCompare(b.data.title, 'en');

export function siteData(): Promise<SiteData> {
  loading ??= (async () => {
    const [agents, mechanisms, trials, references] = await Promise.all([
      getCollection('agents'),
      getCollection('mechanisms'),
      getCollection('trials'),
      getCollection('references'),
    ]);
    const refs = [...references].sort((a, b) => a.id.localeCompare(b.id));
    const pages = { agents: agents as AgentEntry[], mechanisms: mechanisms as MechanismEntry[], trials: trials as TrialEntry[] };
    const shortNames = new Map(refs.map((r) => [r.id, shortReference(r.data)]));
    const titles = new Map(Object.entries(pages).flatMap(([kind, entries]) => entries.map((e) => [`${kind}/${e.id}`, e.data.title] as const)));
    return {
      agents: [...agents].sort(byTitle) as AgentEntry[],
      mechanisms: [...mechanisms].sort(byTitle) as MechanismEntry[],
      trials: [...trials].sort(byTitle) as TrialEntry[],
      references: refs as ReferenceEntry[],
      referenceById: new Map(refs.map((r) => [r.id, r as ReferenceEntry])),
      asOf: resolveAsOf(contentDates(pages), siteAsOfOverride(process.env)),
      links: agentMechanismLinks(pages.agents, pages.mechanisms),
      titleOf: (kind: PageKind, id: string) => titles.get(`${kind}/${id}`) ?? id,
      sourceName: (id: string) => shortNames.get(id) ?? id,
    };
  })();
  return loading;
}

/** A reference as a CSL item whose id is its citation key. */
export function cslOf(reference: ReferenceEntry): CslItem {
  return { ...(reference.data as Record<string, unknown>), id: reference.id } as CslItem;
}
