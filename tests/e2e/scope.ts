/**
 * How much of the site the browser suite sweeps. `npm run test:e2e` (CI) checks every page for
 * what is cheap to check (weights, validity, links, downloads, freshness) and one representative
 * of each kind of page for what needs a browser per page (axe-core in two themes, card prints).
 * E2E_FULL=1 sweeps every page, every alias and every bad-input build, and rebuilds the site to
 * compare bytes: 1.5 to 3 hours on a busy two-core machine, too long for CI's 90 minutes.
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
