/**
 * The site's search, shared by the search page and the header box: loads Pagefind (or, opened from
 * disk, the offline bundle's index) only when a reader reaches for search, expands a query to the
 * other names of what it names, takes a misspelt name for the nearest name the site knows, and
 * returns the pages to show with the name that found each.
 */
import { exactQuery, expansionsFor, groupFinder, matchedTerm, mergeHits, nameOnPage, pinPage, type SearchTerms, type TermGroup } from '../lib/search/synonyms.ts';
import { OFFLINE_INDEX_FILE, OFFLINE_INDEX_GLOBAL, offlineEngine, type SearchRecord } from '../lib/bundle/offline-search.ts';

import { suggestName } from '../lib/search/suggest.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text (the offline index has none, and no other names to check). */
  content?: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Loads the index chunks a search for the term needs, without searching (Pagefind only). */
  preload?(term: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

export interface SearchPaths {
  /** Folder of pagefind.js, ending in "/". */
  pagefind: string;
  /** URL of search-terms.json. */
  terms: string;
  /** The site's base path. */
  base: string;
  /** Where the offline bundle keeps its index (beside the search page), as an absolute URL. */
  offlineIndex: string;
}

export interface ShownResult extends PagefindResultData {
  /** The other name that found this page, to label it ("matched: DS-8201"), or undefined. */
  matched: string | undefined;
}

export interface SearchOutcome {
  /** What was searched: the query as typed, or the name it was taken for. */
  query: string;
  /** The query as typed, when it was taken for a misspelling of `query`. */
  misspelt?: string;
  /** Whether the query named a group of names (and its other names were searched too). */
  expanded: boolean;
  count: number;
  results: ShownResult[];
  /** Set on an early answer: the first pages checked, with more still to come (and `count` not yet final). */
  partial?: true;
}

export interface SearchOptions {
  filters?: Record<string, string>;
  /** Search the words as typed, with no misspelling taken for a known name. */
  exact?: boolean;
  limit?: number;
  /**
   * Called once with the first few pages, as soon as they are checked, when more are still to come:
   * each page's text is fetched before it can be shown, and the reader should not wait for the sixteenth
   * to see the first. Later pages only ever follow the early ones.
   */
  early?: (outcome: SearchOutcome) => void;
}

/** How many pages an early answer waits for. */
const EARLY_PAGES = 4;

export class OfflineIndexMissing extends Error {}

export interface SiteSearch {
  load(): Promise<Pagefind>;
  /** Fetches what a search for the words typed so far will need, while the debounce waits. */
  prepare(typed: string): void;
  search(typed: string, options?: SearchOptions): Promise<SearchOutcome>;
}

/**
 * The paths a search form carries (`searchFormData` in src/lib/urls.ts). The offline bundle keeps
 * its index beside the search page, which every search form submits to.
 */
export function searchPathsOf(form: HTMLFormElement): SearchPaths {
  return {
    pagefind: form.dataset.pagefindPath ?? '/pagefind/',
    terms: form.dataset.termsPath ?? '',
    base: form.dataset.base ?? '/',
    offlineIndex: new URL(OFFLINE_INDEX_FILE, form.action).href,
  };
}

export function siteSearch(paths: SearchPaths): SiteSearch {
  let findGroup: (query: string) => TermGroup | undefined = () => undefined;
  let vocabulary: string[] = [];
  // Offline, the names a misspelling is taken for are the pages' own titles and aliases. The
  // records' links are relative to the search page; resolved here, they work from the header of any page.
  const offlineSearch = (records: SearchRecord[]) => {
    vocabulary = [...new Set(records.flatMap((r) => [r.title, ...r.aliases]))];
    return offlineEngine(records.map((r) => ({ ...r, url: new URL(r.url, paths.offlineIndex).href })));
  };

  // One load however many callers (focus, typing, a deep link) ask at once.
  let loading: Promise<Pagefind> | undefined;
  const load = () =>
    (loading ??= (async () => {
      // Chromium blocks Pagefind's module and fetches on file://; the offline bundle ships its own index.
      const offline = location.protocol === 'file:';
      const [engine] = await Promise.all([
        offline ? loadOfflineIndex(paths.offlineIndex).then(offlineSearch) : (import(/* @vite-ignore */ `${paths.pagefind}pagefind.js`) as Promise<Pagefind>),
        // Without the synonym list, search still works on the words typed.
        offline
          ? undefined
          : fetch(paths.terms)
              .then((r) => (r.ok ? (r.json() as Promise<SearchTerms>) : { groups: [] }))
              .then(
                (terms) => {
                  findGroup = groupFinder(terms);
                  vocabulary = terms.vocabulary ?? [];
                },
                () => undefined,
              ),
      ]);
      // Term frequency off: a page that names a drug many times must not outrank the drug's own page, found through its weighted alias line.
      await engine.options({ baseUrl: paths.base, ranking: { termFrequency: 0, pageLength: 0.3 } });
      await engine.init();
      // Pagefind starts its worker and WebAssembly on the first call, not in init(): start them now, on
      // focus, so the reader's first search does not wait for them (about 100 ms of a warm page's first result).
      void engine.preload?.('').catch(() => undefined);
      return engine;
    })());
  // The other names of a group are searched too: their index chunks are fetched with the words typed.
  const prepare = (typed: string) =>
    void load()
      .then((engine) => Promise.all([typed, ...expansionsFor(typed, findGroup(typed))].map((term) => engine.preload?.(term.trim()))))
      .catch(() => undefined);

  // A group's names come up again with each of its names typed; their pages do not change.
  const known = new Map<string, Promise<PagefindResult[]>>();
  const holding = (engine: Pagefind, term: string, options: { filters: Record<string, string> }) => {
    const key = JSON.stringify([term, options.filters]);
    if (!known.has(key)) {
      // The exact search says which pages hold the name itself; the plain one gives their scores.
      const pages = Promise.all([engine.search(exactQuery(term), options), engine.search(term, options)]).then(([exact, plain]) => {
        const ids = new Set(exact.results.map((r) => r.id));
        return plain.results.filter((r) => ids.has(r.id));
      });
      known.set(key, pages);
    }
    return known.get(key)!;
  };

  const search: SiteSearch['search'] = async (typed, { filters = {}, exact = false, limit = 20, early } = {}) => {
    const engine = await load();
    const options = { filters };
    const unfiltered = Object.keys(filters).length === 0;
    // A name the site does not know and no page writes is taken for a misspelling of the nearest name it knows.
    const suggestion = exact || findGroup(typed) ? undefined : suggestName(typed, vocabulary);
    const misspelt = suggestion !== undefined && (await engine.search(exactQuery(typed), options)).results.length === 0;
    const query = misspelt ? suggestion : typed;
    const group = findGroup(query);
    // A name the site knows leads to its own page, which the vocabulary gives before the search has run.
    const named = unfiltered ? namedPage(query, group) : undefined;
    if (named && early) early({ query, misspelt: misspelt ? typed : undefined, expanded: true, count: 1, results: [named], partial: true });
    const byId = new Map<string, PagefindResult>();
    const keep = (results: PagefindResult[]) => {
      for (const r of results) byId.set(r.id, r);
      return results;
    };
    const [literal, ...expansions] = await Promise.all([
      engine.search(query, options).then((s) => keep(s.results)),
      ...expansionsFor(query, group).map(async (term) => ({ term, hits: keep(await holding(engine, term, options)) })),
    ]);
    const merged = mergeHits(query, literal, expansions);
    // Pagefind's phrase search is stemmed ("EGFR amplification" finds "EGFR amplified"), so a page
    // reached through another name is shown only when its text writes a name of the group.
    const shown: Array<PagefindResultData & { via: string; literal: boolean }> = [];
    let dropped = 0;
    const outcome = (): SearchOutcome => ({
      query,
      misspelt: misspelt ? typed : undefined,
      expanded: group !== undefined,
      count: merged.length - dropped,
      results: withNamedPage(
        pinPage(shown, group).map((r) => ({ ...r, matched: matchedTerm(query, { ...r, title: r.meta.title ?? '' }, group) })),
        named,
      ),
    });
    let earlyDue = early !== undefined;
    for (let next = 0; next < merged.length && shown.length < limit;) {
      const batch = merged.slice(next, next + Math.min(limit - shown.length, earlyDue ? EARLY_PAGES : limit));
      next += batch.length;
      const pages = await Promise.all(batch.map(async (hit) => ({ ...hit, ...(await byId.get(hit.id)!.data()) })));
      for (const page of pages) {
        const via = nameOnPage(query, page, page.content ?? '', group);
        if (via === undefined) dropped += 1;
        else shown.push({ ...page, via });
      }
      // The page a name belongs to comes first however far down the hits it is; an early answer waits for it.
      const pinned = !group?.page || shown.some((r) => r.url === group.page);
      if (earlyDue && pinned && shown.length > 0 && shown.length < limit && next < merged.length) {
        earlyDue = false;
        early!({ ...outcome(), partial: true });
      }
    }
    return outcome();
  };

  return { load, prepare, search };
}

/** The entry page a group of names belongs to, as a result, when the group has one. */
function namedPage(query: string, group: TermGroup | undefined): ShownResult | undefined {
  if (!group?.page || !group.type) return undefined;
  const title = group.terms[0];
  const matched = matchedTerm(query, { url: group.page, title, via: query, literal: true }, group);
  return { url: group.page, excerpt: '', meta: { title }, filters: { type: [group.type] }, matched };
}

/**
 * The named page first, as an early answer showed it: it leads whenever the search found it
 * (pinPage), and is put first when it fell below the results shown.
 */
function withNamedPage(results: ShownResult[], named: ShownResult | undefined): ShownResult[] {
  return named && !results.some((r) => r.url === named.url) ? [named, ...results] : results;
}

/** Loads the offline index with a classic <script>, the one way a file:// page can read a file beside it. */
function loadOfflineIndex(src: string): Promise<SearchRecord[]> {
  const records = () => (window as unknown as Record<string, SearchRecord[] | undefined>)[OFFLINE_INDEX_GLOBAL];
  return new Promise((resolve, reject) => {
    const missing = () =>
      reject(new OfflineIndexMissing('Search works offline only in the offline copy made by `npm run bundle`. Browse the agents, mechanisms and trials from the menu instead.'));
    if (records()) return resolve(records()!);
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => (records() ? resolve(records()!) : missing()));
    script.addEventListener('error', missing);
    document.head.append(script);
  });
}

/** A result's title as a link, and the other name that found it ("matched: DS-8201"), for any list of results. */
export function resultLink(result: ShownResult, focusable = true): Array<HTMLElement | string> {
  const link = document.createElement('a');
  link.href = result.url;
  if (!focusable) link.tabIndex = -1;
  link.textContent = result.meta.title ?? result.url;
  if (!result.matched) return [link];
  const label = document.createElement('span');
  label.className = 'matched';
  label.textContent = `matched: ${result.matched}`;
  return [link, ' ', label];
}
