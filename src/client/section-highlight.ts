/**
 * Marks the "On this page" link of the section being read (aria-current), where JavaScript runs;
 * without it the list is plain links. The current section is the last one whose heading has
 * passed the top fifth of the window.
 */
export function initSectionHighlight(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.page-toc a[href^="#"]')];
  const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  if (links.length === 0 || !('IntersectionObserver' in window)) return;
  const update = () => {
    const line = window.innerHeight / 5;
    let current = 0;
    headings.forEach((heading, i) => {
      if (heading && heading.getBoundingClientRect().top <= line) current = i;
    });
    links.forEach((link, i) => (i === current ? link.setAttribute('aria-current', 'true') : link.removeAttribute('aria-current')));
  };
  // Headings crossing the window are the only moments the answer can change.
  const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -80% 0px' });
  headings.forEach((heading) => heading && observer.observe(heading));
  update();
}
