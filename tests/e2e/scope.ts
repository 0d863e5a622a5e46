/**
 * How much of the site the browser suite sweeps. `npm run test:e2e` (CI) checks every page for
 * what is cheap to check (weights, validity, links, downloads, freshness), prints every card and
 * searches every title and alias; it runs axe-core (two themes per page) on the largest page of each
 * kind. E2E_FULL=1 also runs axe-core on every page, every bad-input build and a second build to
 * compare bytes: more than CI's 90 minutes on a busy two-core machine.
 */
export const FULL = process.env.E2E_FULL === '1';

/** The route a page was built by: /agents/a/ and /agents/b/ are one kind, /agents/a/card/ another. */
export function pageKind(path: string): string {
  return path.replace(/^(\/[^/]+\/)[^/]+\//, '$1*/');
}

/** The largest page of each kind, the one most likely to break a rule or spill onto a second printed page. */
export function largestOfEachKind(built: readonly { path: string; html: string }[]): string[] {
  const largest = new Map<string, { path: string; html: string }>();
  for (const page of built) {
    const kind = pageKind(page.path);
    if ((largest.get(kind)?.html.length ?? -1) < page.html.length) largest.set(kind, page);
  }
  return [...largest.values()].map((p) => p.path);
}
