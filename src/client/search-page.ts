/**
 * The search page: runs the site's search (loaded only here, on demand) for the `q` parameter,
 * labels results found through another name, offers filters by page type, agent class, mechanism
 * category and evidence level, and keeps the URL in step so searches can be linked.
 * Opened from disk (the offline bundle), it searches the bundle's offline index instead.
 */
import { OfflineIndexMissing, resultLink, searchPathsOf, siteSearch, type Pagefind, type ShownResult } from './site-search.ts';

const FILTER_LABELS: Record<string, string> = { type: 'Page type', class: 'Agent class', category: 'Mechanism category', evidence: 'Evidence level' };

export async function initSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('.search-page-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('.search-status');
  const list = document.querySelector<HTMLOListElement>('.search-results');
  const fieldset = document.querySelector<HTMLFieldSetElement>('.search-filters');
  if (!form || !input || !status || !list || !fieldset) return;
  const params = new URLSearchParams(location.search);
  // What the reader typed while the search code was loading stays; a query in the address fills an empty box.
  if (params.has('q') && !input.value) input.value = params.get('q') ?? '';

  const engine = siteSearch(searchPathsOf(form));
  let filtersBuilt: Promise<void> | undefined;
  const load = async () => {
    const pagefind = await engine.load();
    await (filtersBuilt ??= buildFilters(pagefind, fieldset, params));
  };

  let generation = 0;
  const runSearch = async () => {
    const typed = input.value.trim();
    // Filters exist only once Pagefind has loaded; a deep link's filter must be in place before the first search.
    if (typed) await load();
    const selected = Object.fromEntries([...fieldset.querySelectorAll<HTMLSelectElement>('select')].filter((s) => s.value).map((s) => [s.name, s.value]));
    // "exact" is set by "search instead for ...": the reader wants the words as typed.
    const exact = params.get('exact') === '1' && typed === params.get('q');
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
    const outcome = await engine.search(typed, { filters: selected, exact });
    if (mine !== generation) return;
    list.replaceChildren(...outcome.results.map(renderResult));
    const summary = `${outcome.count} result${outcome.count === 1 ? '' : 's'} for “${outcome.query}”${outcome.expanded ? ' and its other names' : ''}`;
    if (outcome.misspelt) {
      // "Showing results for trastuzumab. Search instead for trastuzamab", as search engines word it.
      const instead = document.createElement('a');
      const again = new URL(location.href);
      again.searchParams.set('q', outcome.misspelt);
      again.searchParams.set('exact', '1');
      instead.href = again.href;
      instead.textContent = outcome.misspelt;
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
    if (input.value.trim().length >= 2) engine.prepare(input.value);
    timer = window.setTimeout(() => void run(), 250);
  });
  // Loading early on focus is only a head start: a failure shows when the search itself runs.
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  document.documentElement.dataset.searchReady = 'true';
  if (input.value) await run();
  else if ([...params.keys()].some((k) => k in FILTER_LABELS)) await load().catch(() => undefined);
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
  // The box is there, closed, from the first paint (.js-only); it opens when the address already filters.
  const box = fieldset.closest('details');
  if (box && Object.keys(FILTER_LABELS).some((name) => params.get(name))) box.open = true;
}

function renderResult(result: ShownResult): HTMLLIElement {
  const item = document.createElement('li');
  item.append(...resultLink(result));
  const kind = document.createElement('span');
  kind.className = 'muted';
  kind.textContent = result.filters.type?.length ? ` · ${result.filters.type.join(', ')}` : '';
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is escaped text with <mark> around matched words.
  excerpt.innerHTML = result.excerpt;
  item.append(kind, excerpt);
  return item;
}
