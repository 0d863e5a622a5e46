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
