/** Site-wide settings. `SITE_URL` and `BASE_PATH` let the site be hosted under a sub-path. */
export const SITE_NAME = 'HER2 Gastric Cancer Evidence';
export const SITE_SHORT_NAME = 'HER2-GC Evidence';
export const SITE_AUTHOR = 'HER2 Gastric Cancer Evidence contributors';
/**
 * The site's sections, in menu order: the footer lists them all (the phone's menu); the header
 * shows those with a `header` label, in that shorter form.
 */
export const SITE_SECTIONS: ReadonlyArray<{ path: string; label: string; header?: string }> = [
  { path: '', label: 'Home' },
  { path: 'agents/', label: 'Agents', header: 'Agents' },
  { path: 'mechanisms/', label: 'Resistance mechanisms', header: 'Resistance' },
  { path: 'trials/', label: 'Trials', header: 'Trials' },
  { path: 'search/', label: 'Search' },
  { path: 'references/', label: 'References', header: 'References' },
  { path: 'glossary/', label: 'Glossary', header: 'Glossary' },
  { path: 'timeline/', label: 'Timeline' },
  { path: 'changes/', label: 'Changes' },
  { path: 'about/', label: 'About', header: 'About' },
];

/** Citation key of the review the site starts from; summaries prefer the primary literature to it. */
export const SOURCE_REVIEW_KEY = 'shao-2025-review';
export const SITE_LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

/**
 * Only this site's own files may run or load: no inline script, no third-party origin.
 * Inline styles stay allowed because build-time diagram SVGs carry their own style elements;
 * 'wasm-unsafe-eval' lets Pagefind start its WebAssembly search engine.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The public address every citation, export, data file and download names. A deployment
 * sets SITE_URL (and BASE_PATH for a sub-path); without them a build names this address,
 * never a development one. Change it here when the site moves.
 */
export const PUBLIC_SITE_URL = 'https://her2-gastric-evidence.org';

/** Where readers report a problem with a page: a new-issue form that takes `title` and `body` parameters. */
export const ISSUE_TRACKER_NEW_URL = 'https://github.com/her2-gastric-evidence/her2-gastric-evidence/issues/new';

/** True for an address only this machine can open; a build for it says so loudly. */
export function isDevelopmentAddress(site: string): boolean {
  const host = new URL(site).hostname;
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host) || host === '0.0.0.0';
}

export function siteSettings(env: Record<string, string | undefined>): { site: string; base: string } {
  const site = (env.SITE_URL?.trim() || PUBLIC_SITE_URL).replace(/\/$/, '');
  const rawBase = env.BASE_PATH ?? '/';
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { site, base };
}

/**
 * A checked figure or evidence item older than this many months, measured against the
 * content's "as of" date (see src/lib/freshness.ts), is flagged "may be out of date".
 */
export const STALE_AFTER_MONTHS = 24;

/**
 * The content's "as of" date is the newest reviewed/checked/change date in the collections,
 * so a build never depends on the day it ran. SITE_AS_OF=YYYY-MM-DD sets a later date
 * explicitly (e.g. to rebuild an untouched site and see what has aged since).
 */
export function siteAsOfOverride(env: Record<string, string | undefined>): string | undefined {
  return env.SITE_AS_OF?.trim() || undefined;
}
