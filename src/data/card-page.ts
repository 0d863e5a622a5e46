import type { CollectionEntry } from 'astro:content';
import { SITE_AUTHOR, SITE_NAME, SOURCE_REVIEW_KEY } from '../site.config.ts';
import { mainFigure } from '../lib/cards.ts';
import { figureHtml } from '../lib/diagrams/figure.ts';
import { projectDiagramCache } from '../lib/diagrams/project.ts';
import type { PageIdentity } from '../lib/page-citation.ts';
import { cardPath, entryPath, permalink } from '../lib/urls.ts';
import { entryPage } from './entry-page.ts';

/**
 * What every teaching card needs besides its own selections: the entry page's data, the
 * entry's first diagram as figure HTML, and the identities of the entry and the card.
 */
export async function cardPage<C extends 'agents' | 'mechanisms'>(kind: C, entry: CollectionEntry<C>, site: URL) {
  const page = await entryPage(kind, entry);
  const base = import.meta.env.BASE_URL;
  const diagram = mainFigure(page.diagrams);
  let figure: string | undefined;
  if (diagram) {
    const [light, dark] = [projectDiagramCache.get(diagram.keys.light), projectDiagramCache.get(diagram.keys.dark)];
    if (!light || !dark) throw new Error(`content/${kind}/${entry.id}.mdx: diagram "${diagram.id}" is missing from diagram-cache/ (run npm run diagrams)`);
    figure = figureHtml({ id: diagram.id, caption: diagram.caption, number: diagram.number, light, dark, base });
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
  return {
    ...page,
    figure,
    /** The diagram the card shows, for its figure list. */
    diagrams: diagram ? [diagram] : [],
    entryHref,
    identity,
    cardUrl: permalink(site.href, cardPath(base, kind, entry.id)),
    body: entry.body ?? '',
    lastReferences: new Set([SOURCE_REVIEW_KEY]),
  };
}
