/** Reveals copy buttons (hidden without JavaScript) and copies the text of their target element. */
export function initCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const target = document.getElementById(button.dataset.copy ?? '');
    if (!target || !navigator.clipboard) continue;
    button.hidden = false;
    const label = button.textContent ?? 'Copy';
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(target.textContent ?? '');
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Copy failed: select the text';
      }
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}

/** A "Cite" link jumps to a closed <details>; open it so the citation shows at once. */
export function openTargetedDetails(): void {
  const open = () => {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target instanceof HTMLDetailsElement) target.open = true;
  };
  open();
  addEventListener('hashchange', open);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Vancouver's "[cited YYYY Mon DD]" for a given day, in the reader's own calendar. */
export function citedDate(day: Date): string {
  return `[cited ${day.getFullYear()} ${MONTHS[day.getMonth()]} ${day.getDate()}]`;
}

/** Vancouver cites a web page with the day it was consulted: the reader's today, where a script runs. */
export function fillCitedDates(today = new Date()): void {
  for (const span of document.querySelectorAll<HTMLElement>('[data-cited-date]')) span.textContent = citedDate(today);
}
