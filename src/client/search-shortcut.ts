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
