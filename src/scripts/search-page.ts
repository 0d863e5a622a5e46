/**
 * The search page: runs Pagefind (loaded only here, on demand) for the `q`
 * parameter and for the other names of what it names (an agent's aliases, a
 * gene's protein name), labels results found through another name, offers
 * filters by page type, agent class, mechanism category and evidence level, and
 * keeps the URL in step so searches can be linked.
 * Opened from disk (the offline bundle), it searches the bundle's offline index instead.
 */
import { exactQuery, expansionsFor, groupFinder, matchedTerm, mergeHits, nameOnPage, pinPage, type SearchTerms, type TermGroup } from '../lib/search/synonyms.ts';
import { OFFLINE_INDEX_FILE, OFFLINE_INDEX_GLOBAL, offlineEngine, type SearchRecord } from '../lib/bundle/offline-search.ts';
import { suggestName } from '../lib/search/suggest.ts';

interface PagefindResultData {
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
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const RESULTS_SHOWN = 20;
const FILTER_LABELS: Record<string, string> = { type: 'Page type', class: 'Agent class', category: 'Mechanism category', evidence: 'Evidence level' };

export async function initSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('.search-page-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('.search-status');
  const list = document.querySelector<HTMLOListElement>('.search-results');
  const fieldset = document.querySelector<HTMLFieldSetElement>('.search-filters');
  if (!form || !input || !status || !list || !fieldset) return;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

  let findGroup: (query: string) => TermGroup | undefined = () => undefined;
  let vocabulary: string[] = [];
  // One load however many callers (focus, typing, a deep link) ask at once.
  let loading: Promise<Pagefind> | undefined;
  const load = () =>
    (loading ??= (async () => {
      const url = `${form.dataset.pagefindPath}pagefind.js`;
      // Chromium blocks Pagefind's module and fetches on file://; the offline bundle ships its own index.
      const offline = location.protocol === 'file:';
      const [engine] = await Promise.all([
        offline ? offlineEngine(await loadOfflineIndex()) : (import(/* @vite-ignore */ url) as Promise<Pagefind>),
        // Without the synonym list, search still works on the words typed.
        offline
          ? undefined
          : fetch(form.dataset.termsPath ?? '')
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
      await engine.options({ baseUrl: form.dataset.base ?? '/', ranking: { termFrequency: 0, pageLength: 0.3 } });
      await engine.init();
      await buildFilters(engine, fieldset, params);
      return engine;
    })());

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

  let generation = 0;
  const runSearch = async () => {
    const typed = input.value.trim();
    // Filters exist only once Pagefind has loaded; a deep link's filter must be in place before the first search.
    if (typed) await load();
    const selected = Object.fromEntries([...fieldset.querySelectorAll<HTMLSelectElement>('select')].filter((s) => s.value).map((s) => [s.name, s.value]));
    // "exact" is set by "search instead for ...": the reader wants the words as typed.
    const exact = new URLSearchParams(location.search).get('exact') === '1' && typed === params.get('q');
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(typed ? { q: typed } : {}), ...(exact ? { exact: '1' } : {}), ...selected }).toString();
    history.replaceState(null, '', url);
    if (!typed) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const mine = ++generation;
    status.textContent = 'Searching…';
    const engine = await load();
    // A name the site does not know and no page writes is taken for a misspelling of the nearest name it knows.
    const suggestion = exact || findGroup(typed) ? undefined : suggestName(typed, vocabulary);
    const misspelt = suggestion !== undefined && (await engine.search(exactQuery(typed), { filters: selected })).results.length === 0;
    const query = misspelt ? suggestion : typed;
    const group = findGroup(query);
    const options = { filters: selected };
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
    for (let next = 0; next < merged.length && shown.length < RESULTS_SHOWN; ) {
      const batch = merged.slice(next, next + RESULTS_SHOWN - shown.length);
      next += batch.length;
      const pages = await Promise.all(batch.map(async (hit) => ({ ...hit, ...(await byId.get(hit.id)!.data()) })));
      for (const page of pages) {
        const via = nameOnPage(query, page, page.content ?? '', group);
        if (via === undefined) dropped += 1;
        else shown.push({ ...page, via });
      }
    }
    if (mine !== generation) return;
    list.replaceChildren(...pinPage(shown, group).map((r) => renderResult(r, matchedTerm(query, { ...r, title: r.meta.title ?? '' }, group))));
    const count = merged.length - dropped;
    const summary = `${count} result${count === 1 ? '' : 's'} for “${query}”${group ? ' and its other names' : ''}`;
    if (misspelt) {
      // "Showing results for trastuzumab; search instead for trastuzamab", as search engines word it.
      const instead = document.createElement('a');
      const again = new URL(location.href);
      again.searchParams.set('q', typed);
      again.searchParams.set('exact', '1');
      instead.href = again.href;
      instead.textContent = typed;
      status.replaceChildren(`Showing ${summary}. Search instead for `, instead);
    } else status.textContent = summary;
  };
  const run = async () => {
    try {
      await runSearch();
    } catch (error) {
      if (!(error instanceof OfflineIndexMissing)) throw error;
      status.textContent = error.message;
    }
  };

  let timer: number | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Enter runs the search now; the typing pause must not run it a second time.
    window.clearTimeout(timer);
    void run();
  });
  fieldset.addEventListener('change', () => void run());
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 250);
  });
  // Loading early on focus is only a head start: a failure shows when the search itself runs.
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  if (input.value) await run();
  else if ([...params.keys()].some((k) => k in FILTER_LABELS)) await load().catch(() => undefined);
}

class OfflineIndexMissing extends Error {}

/** Loads the offline index with a classic <script>, the one way a file:// page can read a file beside it. */
function loadOfflineIndex(): Promise<SearchRecord[]> {
  const records = () => (window as unknown as Record<string, SearchRecord[] | undefined>)[OFFLINE_INDEX_GLOBAL];
  return new Promise((resolve, reject) => {
    const missing = () => reject(new OfflineIndexMissing('Search works offline only in the offline copy made by `npm run bundle`. Browse the agents, mechanisms and trials from the menu instead.'));
    if (records()) return resolve(records()!);
    const script = document.createElement('script');
    script.src = new URL(OFFLINE_INDEX_FILE, location.href).href;
    script.addEventListener('load', () => (records() ? resolve(records()!) : missing()));
    script.addEventListener('error', missing);
    document.head.append(script);
  });
}

async function buildFilters(pagefind: Pagefind, fieldset: HTMLFieldSetElement, params: URLSearchParams) {
  const available = await pagefind.filters();
  const controls = fieldset.querySelector('.filter-controls');
  if (!controls) return;
  for (const [name, label] of Object.entries(FILTER_LABELS)) {
    const values = Object.keys(available[name] ?? {}).sort();
    if (values.length === 0) continue;
    const wrapper = document.createElement('label');
    wrapper.textContent = label;
    const select = document.createElement('select');
    select.name = name;
    select.append(new Option('All', ''), ...values.map((v) => new Option(`${v} (${available[name][v]})`, v)));
    select.value = params.get(name) ?? '';
    wrapper.append(select);
    controls.append(wrapper);
  }
  fieldset.hidden = false;
}

function renderResult(result: PagefindResultData, matched: string | undefined): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  item.append(link);
  if (matched) {
    const label = document.createElement('span');
    label.className = 'matched';
    label.textContent = `matched: ${matched}`;
    item.append(' ', label);
  }
  const kind = document.createElement('span');
  kind.className = 'muted';
  kind.textContent = result.filters.type?.length ? ` · ${result.filters.type.join(', ')}` : '';
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is escaped text with <mark> around matched words.
  excerpt.innerHTML = result.excerpt;
  item.append(kind, excerpt);
  return item;
}
