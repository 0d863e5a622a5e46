/**
 * The only search code every page loads: it waits for the reader to reach for the header box
 * (focus, "/" outside a text field, or Ctrl/Cmd+K) and only then loads the search itself.
 */
export function initSearchShortcut(): void {
  const form = document.querySelector<HTMLFormElement>('.site-search');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !input) return;
  // The search page has its own box; the header one there simply submits.
  if (document.querySelector('.search-page-form')) return;
  const start = () => void import('./search-ui.ts').then(({ initHeaderSearch }) => initHeaderSearch(form, input));
  input.addEventListener('focus', start, { once: true });
  addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLElement && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
    if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey)) {
      event.preventDefault();
      input.focus();
    }
  });
}

/**
 * The search page's own box: its code loads when there is something to search (a query or filter
 * in the address) or when the reader reaches for the box.
 */
export function initSearchPageOnDemand(): void {
  const form = document.querySelector<HTMLFormElement>('.search-page-form');
  if (!form) return;
  let started: Promise<void> | undefined;
  const start = () => (started ??= import('./search-ui.ts').then(({ initSearchPage }) => initSearchPage()));
  const input = form.querySelector<HTMLInputElement>('#search-q');
  if (location.search.length > 1 || !input) return void start();
  input.addEventListener('focus', () => void start(), { once: true });
  // Enter before the code has arrived searches here, once it has, rather than reloading the page.
  form.addEventListener('submit', (event) => {
    if (document.documentElement.dataset.searchReady) return;
    event.preventDefault();
    void start();
  });
}
