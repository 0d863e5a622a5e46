import { render, type CollectionEntry } from 'astro:content';
import { pageReferenceOrder } from '../lib/citations.ts';
import { frontmatterReferenceIds } from '../lib/content/links.ts';
import { relatedPages } from '../lib/related.ts';
import { siteData } from './collections.ts';
import type { PageDiagram } from '../lib/markdown/remark-mermaid.ts';

type PageCollection = 'agents' | 'mechanisms' | 'trials';

/**
 * What every entry page needs: the rendered body and its headings, the page's numbered reference
 * order (body citations first, then frontmatter sources), its related pages and its diagrams.
 */
export async function entryPage<C extends PageCollection>(kind: C, entry: CollectionEntry<C>) {
  const data = await siteData();
  const { Content, remarkPluginFrontmatter, headings } = await render(entry);
  const bodyCitations = (remarkPluginFrontmatter.citations as string[] | undefined) ?? [];
  const order = pageReferenceOrder(bodyCitations, frontmatterReferenceIds(entry.data));
  const diagrams = (remarkPluginFrontmatter.diagrams as PageDiagram[] | undefined) ?? [];
  return { Content, headings, order, related: relatedPages(kind, entry.id, data), data, diagrams };
}
