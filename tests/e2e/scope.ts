/**
 * How much of the site the browser suite sweeps. `npm run test:e2e` (and CI) checks everything the
 * budgets ask for: axe-core in two themes on every page, every bad-input build, a second build to
 * compare bytes, and Lighthouse on one page of each type (vitest.e2e.config.ts). E2E_QUICK=1 is a
 * shorter loop for work in progress: axe-core on the largest page of each kind, one bad-input build,
 * no second build and no Lighthouse.
 */
export const FULL = process.env.E2E_QUICK !== '1';

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
