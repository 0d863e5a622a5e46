/**
 * URL rewriting for the offline bundle: a browser opening pages from file:// has no server to
 * map "/agents/x/" to a folder's index.html, and "/" means the root of the disk, so every
 * internal URL becomes a path relative to the page that holds it, naming the file itself.
 */

/** A stand-in origin for resolving site URLs; never requested. */
const SITE_ORIGIN = 'https://bundle.invalid';

export interface RewriteOptions {
  /** The site's base path, "/" or "/sub/": root-absolute URLs outside it are not the site's. */
  base: string;
  /**
   * Whether a site path without a trailing slash (e.g. "agents/x") is a folder, so that
   * "/agents/x" becomes ".../agents/x/index.html". Without it, only a trailing slash marks a folder.
   */
  isDirectory?: (sitePath: string) => boolean;
}

export interface RewrittenUrl {
  /** The URL to write into the page. */
  href: string;
  /** The file it points to, relative to the site root (e.g. "agents/x/index.html"); absent for an unchanged URL. */
  target?: string;
}

/** The folder part of a site file path: "agents/x/index.html" -> ["agents", "x"]. */
function folderSegments(filePath: string): string[] {
  const segments = filePath.split('/');
  segments.pop();
  return segments.filter((s) => s !== '');
}

/** A relative path from the folder holding `fromFile` to `toFile`, both relative to the site root. */
export function relativePath(fromFile: string, toFile: string): string {
  const from = folderSegments(fromFile);
  const to = toFile.split('/');
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared += 1;
  return [...from.slice(shared).map(() => '..'), ...to.slice(shared)].join('/');
}

/**
 * Rewrites one URL found in the page at `pagePath` (a file path relative to the site root, e.g.
 * "agents/x/index.html") into a relative URL that works from file://.
 *
 * Left as they are: external URLs (another scheme or host: https, mailto, tel, data, javascript,
 * protocol-relative), empty URLs, fragment-only and query-only URLs (they stay on the same file),
 * and root-absolute URLs outside the base path. A URL ending in "/" (or naming a folder, per
 * `isDirectory`) gets "index.html"; the query string and fragment are kept.
 */
export function rewriteUrl(pagePath: string, href: string, options: RewriteOptions): RewrittenUrl {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('?')) return { href };
  // Only a scheme-less URL can point into the site; "//host/x" is protocol-relative, so external.
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return { href };
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const pageUrl = new URL(base + pagePath.replace(/^\/+/, ''), SITE_ORIGIN);
  const url = new URL(trimmed, pageUrl);
  if (url.origin !== SITE_ORIGIN || !`${url.pathname}/`.startsWith(base)) return { href };
  let sitePath = url.pathname.slice(base.length);
  if (url.pathname === base.slice(0, -1)) sitePath = '';
  if (sitePath === '' || sitePath.endsWith('/')) sitePath += 'index.html';
  else if (options.isDirectory?.(decodeURIComponent(sitePath))) sitePath += '/index.html';
  return { href: relativePath(pagePath, sitePath) + url.search + url.hash, target: decodeURIComponent(sitePath) };
}
