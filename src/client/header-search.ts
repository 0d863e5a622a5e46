/**
 * Search as you type from the header of every page, loaded only when a reader reaches for the box
 * (focus, "/" or Ctrl/Cmd+K): results appear under it after each pause in typing, grouped by page
 * type with the name that matched, in the WAI-ARIA combobox pattern (arrow keys move through the
 * options, Enter opens one, Escape closes the list). Enter with no option chosen submits the form
 * to /search/?q=, where the filters are.
 */
import { groupResults } from '../lib/search/result-groups.ts';
import { OfflineIndexMissing, resultLink, searchPathsOf, siteSearch, type SearchOutcome } from './site-search.ts';

const DEBOUNCE_MS = 80;

export function initHeaderSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  const list = document.getElementById(input.getAttribute('aria-controls') ?? '') as HTMLUListElement | null;
  const status = form.querySelector<HTMLElement>('.site-search-status');
  if (!list || !status || form.dataset.ready) return;
  form.dataset.ready = 'true';
  const engine = siteSearch(searchPathsOf(form));
  void engine.load().catch(() => undefined);

  let options: HTMLLIElement[] = [];
  let active = -1;
  let generation = 0;
  let timer: number | undefined;
  // The reader closed the list with Escape: the rest of a search still arriving must not open it again.
  let dismissed = false;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const open = () => {
    if (options.length === 0) return;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const activate = (index: number) => {
    options.forEach((o) => o.setAttribute('aria-selected', 'false'));
    active = index;
    if (index < 0) return input.removeAttribute('aria-activedescendant');
    options[index].setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', options[index].id);
    options[index].scrollIntoView({ block: 'nearest' });
  };

  const render = (typed: string, outcome: SearchOutcome) => {
    // The rest of an early answer keeps the option the reader has moved to.
    const chosen = list.dataset.query === typed && active >= 0 ? options[active]?.querySelector('a')?.href : undefined;
    const items: HTMLLIElement[] = [];
    options = [];
    if (outcome.misspelt) {
      const note = document.createElement('li');
      note.setAttribute('role', 'presentation');
      note.className = 'site-search-note';
      note.textContent = `Showing results for “${outcome.query}”`;
      items.push(note);
    }
    for (const group of groupResults(outcome.results)) {
      const heading = document.createElement('li');
      heading.setAttribute('role', 'presentation');
      heading.className = 'site-search-group';
      heading.textContent = group.label;
      items.push(heading);
      for (const result of group.results) {
        const option = document.createElement('li');
        option.setAttribute('role', 'option');
        option.id = `site-search-option-${options.length}`;
        option.setAttribute('aria-selected', 'false');
        option.append(...resultLink(result, false));
        options.push(option);
        items.push(option);
      }
    }
    const all = document.createElement('li');
    all.setAttribute('role', 'option');
    all.id = `site-search-option-${options.length}`;
    all.className = 'site-search-all';
    const link = document.createElement('a');
    link.href = `${form.action}?q=${encodeURIComponent(typed)}`;
    link.tabIndex = -1;
    link.textContent = outcome.partial ? 'All results, with filters' : outcome.count > 0 ? `All ${outcome.count} results, with filters` : `No results for “${typed}”: search page`;
    all.append(link);
    options.push(all);
    items.push(all);
    list.replaceChildren(...items);
    list.dataset.query = typed;
    // The live region speaks once per search, when the count is final.
    if (!outcome.partial)
      status.textContent = `${outcome.count} result${outcome.count === 1 ? '' : 's'}${outcome.misspelt ? ` for ${outcome.query}` : ''}. Use the arrow keys to choose.`;
    // Results arrive after a pause; they open the list only for a reader still in the box who has not closed it.
    if (!dismissed && document.activeElement === input) open();
    activate(chosen ? options.findIndex((o) => o.querySelector('a')?.href === chosen) : -1);
  };

  const run = async () => {
    const typed = input.value.trim();
    const mine = ++generation;
    if (typed.length < 2) {
      options = [];
      list.replaceChildren();
      status.textContent = '';
      return close();
    }
    try {
      const early = (outcome: SearchOutcome) => mine === generation && render(typed, outcome);
      const outcome = await engine.search(typed, { limit: 16, early });
      if (mine === generation) render(typed, outcome);
    } catch (error) {
      if (!(error instanceof OfflineIndexMissing)) throw error;
      status.textContent = error.message;
    }
  };

  input.addEventListener('input', () => {
    dismissed = false;
    window.clearTimeout(timer);
    if (input.value.trim().length >= 2) engine.prepare(input.value);
    timer = window.setTimeout(() => void run(), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      open();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Down from the last option, or up from the first, returns to the box itself (-1).
      const next = active + step;
      activate(next >= options.length ? -1 : next < -1 ? options.length - 1 : next);
    } else if (event.key === 'Enter' && active >= 0 && !list.hidden) {
      event.preventDefault();
      const href = options[active].querySelector('a')?.href;
      if (href) location.href = href;
    } else if (event.key === 'Escape') {
      // The first Escape closes the list and keeps the words (a search box would clear them); the next one clears.
      if (!list.hidden) {
        event.preventDefault();
        dismissed = true;
        close();
      } else input.value = '';
    }
  });
  // A click on an option lands before the box loses focus; closing waits for it.
  input.addEventListener('blur', () => window.setTimeout(close, 150));
  input.addEventListener('focus', () => open());
  if (input.value.trim()) void run();
}
