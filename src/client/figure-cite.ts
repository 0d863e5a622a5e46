/**
 * A figure's or table's "Cite" link opens that figure's citation beside it, where JavaScript runs
 * (without it the link leads to the same citation in the page's "Cite a figure or table" list).
 * The citation block itself is moved, not copied, so its copy buttons and ids keep working.
 */
export function initFigureCites(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.fig-tools a[href^="#cite-"]')) {
    link.addEventListener('click', (event) => {
      const details = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (!(details instanceof HTMLDetailsElement)) return;
      event.preventDefault();
      const holder = link.closest('figure, .table-wrap, table');
      if (!holder) return;
      if (!details.classList.contains('cite-inline')) {
        details.classList.add('cite-inline');
        // A figure's caption is below it, a table's above: the citation goes next to the caption.
        if (holder.matches('figure')) holder.after(details);
        else holder.before(details);
        details.open = true;
      } else details.open = !details.open;
      link.setAttribute('aria-expanded', String(details.open));
      if (details.open) details.querySelector('summary')?.focus();
    });
    link.setAttribute('aria-expanded', 'false');
  }
}
