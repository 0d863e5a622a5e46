import { getCollection } from 'astro:content';
import type { AgentEntry, MechanismEntry, ReferenceEntry, TrialEntry } from '../lib/types.ts';
import { siteAsOfOverride } from '../site.config.ts';
import { siteDataOf, type SiteData } from '../lib/site-data.ts';

/**
 * All collections, loaded once per build, with the joins and lookups pages share (src/lib/site-data.ts).
 * Pages and page models read from here and hand plain data to the lib functions, which never import
 * astro:content themselves.
 */
let loading: Promise<SiteData> | undefined;
export function siteData(): Promise<SiteData> {
  loading ??= (async () => {
    const [agents, mechanisms, trials, references] = await Promise.all([
      getCollection('agents'),
      getCollection('mechanisms'),
      getCollection('trials'),
      getCollection('references'),
    ]);
    return siteDataOf(
      { agents: agents as AgentEntry[], mechanisms: mechanisms as MechanismEntry[], trials: trials as TrialEntry[], references: references as ReferenceEntry[] },
      siteAsOfOverride(process.env),
    );
  })();
  return loading;
}
