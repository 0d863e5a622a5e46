import type { CslItem } from './cite.ts';

export interface PageIdentity {
  /** Stable id, e.g. "trials-toga". */
  id: string;
  title: string;
  /** Absolute URL of the page. */
  url: string;
  /** Last-reviewed date, YYYY-MM-DD: the page version a citation points at. */
  reviewed: string;
  description: string;
  siteName: string;
  author: string;
}

/** The page itself as a CSL item: a web page of the site, dated by its review, with no DOI. */
export function pageCslItem(page: PageIdentity): CslItem {
  const [year, month, day] = page.reviewed.split('-').map(Number);
  return {
    id: page.id,
    type: 'webpage',
    title: page.title,
    author: [{ literal: page.author }],
    'container-title': page.siteName,
    issued: { 'date-parts': [[year, month, day]] },
    URL: page.url,
    abstract: page.description,
  };
}

export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

/**
 * Tags reference managers read (Highwire citation_*, Dublin Core, Open Graph).
 * og:type "website" makes Zotero save a Web Page rather than an empty journal article;
 * og:site_name is the only tag that fills the site name; dates are ISO as written.
 */
export function citationMetaTags(page: PageIdentity): MetaTag[] {
  return [
    { name: 'citation_title', content: page.title },
    { name: 'citation_author', content: page.author },
    { name: 'citation_date', content: page.reviewed },
    { name: 'citation_public_url', content: page.url },
    { name: 'DC.title', content: page.title },
    { name: 'DC.creator', content: page.author },
    { name: 'DC.date', content: page.reviewed },
    { name: 'DC.type', content: 'webpage' },
    { name: 'DC.identifier', content: page.url },
    { name: 'DC.language', content: 'en' },
    { property: 'og:type', content: 'website' },
    { property: 'og:title', content: page.title },
    { property: 'og:site_name', content: page.siteName },
    { property: 'og:url', content: page.url },
    { property: 'og:description', content: page.description },
  ];
}

/** What a figure or table citation needs to know of it. */
export interface CitableFigure {
  anchor: string;
  kind: 'figure' | 'table';
  label: string;
  caption: string;
}

/**
 * A figure or table of a page as its own CSL item: it points at the page URL with the
 * figure's anchor, and carries the page's review date as its version, so a slide that
 * quotes it names the exact state of the page it came from.
 */
export function figureCslItem(page: PageIdentity, figure: CitableFigure): CslItem {
  const { abstract: _abstract, ...item } = pageCslItem(page);
  return {
    ...item,
    id: `${page.id}#${figure.anchor}`,
    type: 'figure',
    title: `${figure.label}. ${figure.caption}`,
    'container-title': page.title,
    publisher: page.siteName,
    medium: figure.kind === 'figure' ? 'Diagram' : 'Table',
    version: `reviewed ${page.reviewed}`,
    URL: `${page.url}#${figure.anchor}`,
  };
}
