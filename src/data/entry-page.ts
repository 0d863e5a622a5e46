import { render, type CollectionEntry } from 'astro:content';
import { STALE_AFTER_MONTHS } from '../site.config.ts';
import type { PageDiagram } from '../lib/markdown/remark-mermaid.ts';
import { agentPageModel, mechanismPageModel, trialPageModel, type ModelContext, type RenderedBody } from '../lib/page-model/entry-pages.ts';
import type { AgentEntry, MechanismEntry, TrialEntry } from '../lib/types.ts';
import { siteData } from './collections.ts';
import { agentPageTables, mechanismPageTables, trialPageTables } from './page-tables.ts';

type PageCollection = 'agents' | 'mechanisms' | 'trials';

/** An entry's rendered body, and what the Markdown pipeline learnt while rendering it (headings, citations in order, numbered diagrams). */
export async function renderedEntry<C extends PageCollection>(entry: CollectionEntry<C>) {
  const { Content, remarkPluginFrontmatter, headings } = await render(entry);
  const body: RenderedBody = {
    headings,
    citations: (remarkPluginFrontmatter.citations as string[] | undefined) ?? [],
    diagrams: (remarkPluginFrontmatter.diagrams as PageDiagram[] | undefined) ?? [],
  };
  return { Content, body };
}

/** What every page model is built with: the shared site data and the site's settings. */
export const modelContext = async (): Promise<ModelContext> => ({ site: await siteData(), base: import.meta.env.BASE_URL, staleAfterMonths: STALE_AFTER_MONTHS });

/** Each entry page's model (src/lib/page-model/entry-pages.ts) with its rendered body; the tables are the same objects the downloads are written from. */
export async function agentPage(entry: CollectionEntry<'agents'>) {
  const { Content, body } = await renderedEntry(entry);
  return { Content, ...agentPageModel(entry as AgentEntry, await modelContext(), body, await agentPageTables(entry as AgentEntry)) };
}
export async function mechanismPage(entry: CollectionEntry<'mechanisms'>) {
  const { Content, body } = await renderedEntry(entry);
  return { Content, ...mechanismPageModel(entry as MechanismEntry, await modelContext(), body, await mechanismPageTables(entry as MechanismEntry)) };
}
export async function trialPage(entry: CollectionEntry<'trials'>) {
  const { Content, body } = await renderedEntry(entry);
  return { Content, ...trialPageModel(entry as TrialEntry, await modelContext(), body, await trialPageTables(entry as TrialEntry)) };
}
