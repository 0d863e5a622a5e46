/** Entry kinds that have a page of their own, and the folder each lives under. */
export type PageKind = 'agents' | 'mechanisms' | 'trials';

/** What a page of each kind is called: its search filter value and its label in lists of changes. */
export const PAGE_KIND_LABELS: Record<PageKind, string> = { agents: 'Agent', mechanisms: 'Resistance mechanism', trials: 'Trial' };

/** Joins the site base ("/" or "/sub/") and a site-relative path, keeping one slash between them. */
export function withBase(base: string, path: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return cleanBase + path.replace(/^\/+/, '');
}

/** Path of an entry's page, e.g. /trials/toga/. */
export function entryPath(base: string, kind: PageKind, id: string): string {
  return withBase(base, `${kind}/${id}/`);
}

/** Path of an entry's one-page teaching card, e.g. /agents/trastuzumab/card/. */
export function cardPath(base: string, kind: 'agents' | 'mechanisms', id: string): string {
  return `${entryPath(base, kind, id)}card/`;
}

/** Absolute, stable URL of a page for citations and canonical links. */
export function permalink(site: string, path: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}
export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
}
export function registryUrl(nct: string): string {
  return `https://clinicaltrials.gov/study/${nct}`;
}

/**
 * A new-issue form on the project's tracker with the page named, so a reader can report a
 * problem without JavaScript: GitHub-style `title` and `body` query parameters.
 */
export function reportProblemUrl(tracker: string, page: { title: string; url: string }): string {
  const url = new URL(tracker);
  url.searchParams.set('title', `Problem on “${page.title}”`);
  url.searchParams.set('body', `Page: ${page.url}\n\nWhat is wrong (a figure, a source, a statement that is out of date):\n\n\nWhere you saw it (section, table or figure):\n`);
  return url.href;
}

/**
 * Where the browser's search code finds Pagefind, the search vocabulary and the site's base, as
 * data attributes of a search form; both the header box and the search page carry them.
 */
export function searchFormData(base: string): Record<'data-pagefind-path' | 'data-terms-path' | 'data-base', string> {
  return { 'data-pagefind-path': withBase(base, 'pagefind/'), 'data-terms-path': withBase(base, 'search-terms.json'), 'data-base': base };
}
