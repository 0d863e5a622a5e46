import type { CollectionEntry } from 'astro:content';
import { SITE_AUTHOR, SITE_NAME, SOURCE_REVIEW_KEY } from '../site.config.ts';
import { figureDownloadPath, figureHtml } from '../lib/diagrams/figure.ts';
import { labelPxInFrame, PRINT_LABEL_PX } from '../lib/diagrams/readable-size.ts';
import { CARD_PRINT_FIGURE } from '../lib/cards.ts';
import { projectDiagramCache } from '../lib/diagrams/project.ts';
import type { PageIdentity } from '../lib/page-citation.ts';
import { agentCardModel, mechanismCardModel, type CardContext } from '../lib/page-model/card-pages.ts';
import type { PageDiagram } from '../lib/markdown/remark-mermaid.ts';
import type { AgentEntry, MechanismEntry } from '../lib/types.ts';
import { cardPath, entryPath, permalink } from '../lib/urls.ts';
import { modelContext, renderedEntry } from './entry-page.ts';
import { agentCardTables } from './page-tables.ts';

type CardCollection = 'agents' | 'mechanisms';

/** A card's figure: its HTML, and whether it prints legibly at card size (else paper gets its full-size address). */
export interface CardFigure {
  html: string;
  label: string;
  caption: string;
  prints: boolean;
  /** The figure's full-size SVG, as a permanent address. */
  fullSize: string;
}

const context = async (): Promise<CardContext> => ({ ...(await modelContext()), lastReferences: new Set([SOURCE_REVIEW_KEY]) });

/** What a card needs from outside its model: its diagram as figure HTML, and the addresses and identity of the entry and the card. */
function cardFrame(kind: CardCollection, entry: CollectionEntry<CardCollection>, site: URL, diagram: PageDiagram | undefined) {
  const base = import.meta.env.BASE_URL;
  let figure: CardFigure | undefined;
  if (diagram) {
    const [light, dark] = [projectDiagramCache.get(diagram.keys.light), projectDiagramCache.get(diagram.keys.dark)];
    if (!light || !dark) throw new Error(`content/${kind}/${entry.id}.mdx: diagram "${diagram.id}" is missing from diagram-cache/ (run npm run diagrams)`);
    figure = {
      html: figureHtml({ id: diagram.id, caption: diagram.caption, number: diagram.number, light, dark, base }),
      label: `Figure ${diagram.number}`,
      caption: diagram.caption,
      // A figure whose labels would print below 6 pt at card size is left to its full-size copy on paper.
      prints: labelPxInFrame([light, dark], CARD_PRINT_FIGURE) >= PRINT_LABEL_PX,
      fullSize: permalink(site.href, figureDownloadPath(base, diagram.id)),
    };
  }
  const entryHref = entryPath(base, kind, entry.id);
  const identity: PageIdentity = {
    id: entryHref,
    title: entry.data.title,
    url: permalink(site.href, entryHref),
    reviewed: entry.data.reviewed,
    description: entry.data.summary,
    siteName: SITE_NAME,
    author: SITE_AUTHOR,
  };
  return { figure, entryHref, identity, cardUrl: permalink(site.href, cardPath(base, kind, entry.id)) };
}

/** Each teaching card's model (src/lib/page-model/card-pages.ts) with its frame; the trials table is the one its downloads are written from. */
export async function agentCard(entry: CollectionEntry<'agents'>, site: URL) {
  const { body } = await renderedEntry(entry);
  const model = agentCardModel(entry as AgentEntry, await context(), body, await agentCardTables(entry as AgentEntry, entry.body ?? ''));
  return { ...model, ...cardFrame('agents', entry, site, model.diagram) };
}
export async function mechanismCard(entry: CollectionEntry<'mechanisms'>, site: URL) {
  const { body } = await renderedEntry(entry);
  const model = mechanismCardModel(entry as MechanismEntry, await context(), body);
  return { ...model, ...cardFrame('mechanisms', entry, site, model.diagram) };
}
