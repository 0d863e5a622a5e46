/**
 * Citations a reader can follow, where JavaScript runs (without it each number is a plain link to
 * the reference list, and the targeted entry is highlighted by CSS):
 * - hovering or focusing a citation number shows that reference in place, read from the page's own
 *   reference list, so nothing is written twice;
 * - each entry of the reference list gets links back to every place on the page that cites it.
 */
const PREVIEW_ID = 'citation-preview';

/** The entry of this page's reference list a citation leads to; null for a source listed on another page. */
function referenceFor(link: HTMLAnchorElement): HTMLLIElement | null {
  if (link.pathname !== location.pathname) return null;
  const target = link.hash ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
  return target instanceof HTMLLIElement ? target : null;
}

export function initCitationPreviews(): void {
  // Not on a printed teaching card, whose short reference list stays as it is.
  if (document.querySelector('.teaching-card')) return;
  const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[data-cite]')];
  if (links.length === 0) return;

  // Back-links: every citing number gets an id; the entry lists them in page order.
  const citing = new Map<HTMLLIElement, HTMLAnchorElement[]>();
  for (const link of links) {
    const entry = referenceFor(link);
    if (!entry) continue;
    const list = citing.get(entry) ?? [];
    list.push(link);
    link.id ||= `${entry.id}-cited-${list.length}`;
    citing.set(entry, list);
  }
  for (const [entry, list] of citing) {
    const back = document.createElement('span');
    back.className = 'cited-at';
    if (list.length === 1) {
      back.append(Object.assign(document.createElement('a'), { href: `#${list[0].id}`, textContent: 'back to text' }));
    } else {
      back.append(`cited ${list.length} times, back to:`);
      list.forEach((link, i) => {
        const a = Object.assign(document.createElement('a'), { href: `#${link.id}`, textContent: String(i + 1) });
        a.setAttribute('aria-label', `citation ${i + 1} of ${list.length}`);
        back.append(' ', a);
      });
    }
    entry.append(' ', back);
  }

  // The preview: one shared box, filled from the entry's text (without its back-links).
  const preview = document.createElement('div');
  preview.id = PREVIEW_ID;
  preview.className = 'citation-preview';
  preview.setAttribute('role', 'tooltip');
  preview.hidden = true;
  document.body.append(preview);
  let hideTimer: number | undefined;

  const show = (link: HTMLAnchorElement) => {
    const entry = referenceFor(link);
    if (!entry) return;
    window.clearTimeout(hideTimer);
    const copy = entry.cloneNode(true) as HTMLElement;
    copy.querySelector('.cited-at')?.remove();
    const number = [...(entry.parentElement?.children ?? [])].indexOf(entry) + 1;
    preview.replaceChildren(Object.assign(document.createElement('strong'), { textContent: `${number}. ` }), ...copy.childNodes);
    preview.hidden = false;
    link.setAttribute('aria-describedby', PREVIEW_ID);
    const box = link.getBoundingClientRect();
    const width = Math.min(420, document.documentElement.clientWidth - 16);
    preview.style.width = `${width}px`;
    const left = Math.max(8, Math.min(box.left + window.scrollX - width / 2, window.scrollX + document.documentElement.clientWidth - width - 8));
    preview.style.left = `${left}px`;
    // Below the number, or above it when there is no room below.
    const below = box.bottom + 6;
    const height = preview.offsetHeight;
    const top = below + height > window.innerHeight && box.top - height - 6 > 0 ? box.top - height - 6 : below;
    preview.style.top = `${top + window.scrollY}px`;
  };
  const hide = (link?: HTMLAnchorElement) => {
    hideTimer = window.setTimeout(() => {
      preview.hidden = true;
      link?.removeAttribute('aria-describedby');
    }, 150);
  };

  for (const link of links) {
    link.addEventListener('mouseenter', () => show(link));
    link.addEventListener('focus', () => show(link));
    link.addEventListener('mouseleave', () => hide(link));
    link.addEventListener('blur', () => hide(link));
  }
  // The reader can move onto the box to follow its DOI or PubMed link.
  preview.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
  preview.addEventListener('mouseleave', () => hide());
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !preview.hidden) preview.hidden = true;
  });
}
