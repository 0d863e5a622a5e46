import { formatReference, type CslItem } from './cite.ts';
import { citationKey, toBiblatex, toRis, type ExportItem } from './exports.ts';

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
    id: citationKey(page.id),
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
 * No author tag: Zotero's Embedded Metadata translator cleans every citation_author and
 * DC.creator into a person ("Contributors, H. G. C. E."), and has no way to mark a group name.
 * No DC.type: Zotero prints it as "[Webpage]" after the title.
 */
export function citationMetaTags(page: PageIdentity): MetaTag[] {
  return [
    { name: 'citation_title', content: page.title },
    { name: 'citation_date', content: page.reviewed },
    { name: 'citation_public_url', content: page.url },
    { name: 'DC.title', content: page.title },
    { name: 'DC.date', content: page.reviewed },
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
    id: citationKey(page.id, figure.anchor),
    type: 'figure',
    title: `${figure.label}. ${figure.caption}`,
    'container-title': page.title,
    publisher: page.siteName,
    genre: figure.kind === 'figure' ? 'Figure' : 'Table',
    version: page.reviewed,
    URL: `${page.url}#${figure.anchor}`,
  };
}

/** The page, or a figure or table on it, as the BibTeX and RIS writers take it. */
export function exportItem(page: PageIdentity, figure?: CitableFigure): ExportItem {
  const common = { siteName: page.siteName, author: page.author, reviewed: page.reviewed };
  if (!figure) return { ...common, kind: 'page', key: citationKey(page.id), title: page.title, url: page.url, abstract: page.description };
  return {
    ...common,
    kind: figure.kind,
    key: citationKey(page.id, figure.anchor),
    title: `${figure.label}. ${figure.caption}`,
    pageTitle: page.title,
    url: `${page.url}#${figure.anchor}`,
  };
}

/** What a reader without JavaScript sees in the Vancouver citation, to fill in by hand; a script writes the reader's date. */
export const CITED_PLACEHOLDER = '[cited YYYY Mon DD]';
const ACCESS_SENTINEL = { 'date-parts': [[1900, 1, 1]] };

export interface SiteCitation {
  /** The citation key, shared by BibTeX, RIS and CSL-JSON. */
  key: string;
  apa: string;
  /** Vancouver, with CITED_PLACEHOLDER where the date of citing goes. */
  vancouver: string;
  bibtex: string;
  ris: string;
  csljson: string;
}

/** Every format a reader can take away for a page, or for a figure or table on it. */
export function siteCitation(page: PageIdentity, figure?: CitableFigure): SiteCitation {
  const item = figure ? figureCslItem(page, figure) : pageCslItem(page);
  const exported = exportItem(page, figure);
  // Vancouver cites web sources with the date the reader consulted them; the build cannot know it.
  // The CSL-JSON version is the ISO date; APA would print a bare ISO date as a range of "Versions".
  const shown = item.version ? { ...item, version: `reviewed ${item.version}` } : item;
  const vancouver = formatReference({ ...shown, accessed: ACCESS_SENTINEL }, 'vancouver').replace('[cited 1900 Jan 1]', CITED_PLACEHOLDER);
  return {
    key: exported.key,
    apa: formatReference(shown, 'apa'),
    vancouver,
    bibtex: toBiblatex(exported),
    ris: toRis(exported),
    csljson: JSON.stringify([item], null, 2),
  };
}
