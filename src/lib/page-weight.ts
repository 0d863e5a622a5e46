import { gzipSync } from 'node:zlib';

/** Bytes a reader downloads for one page before searching, gzipped as a web server would send them. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** Asset URL paths counted, for the report. */
  assets: string[];
}

/** Bytes after gzip at zlib's default level (6, a common server default): the one measure of size the budgets and the bench share. */
export const gzipSize = (bytes: string | Uint8Array): number => gzipSync(bytes).length;

/** Static imports of an ES module ("./chunk.js", "/_astro/x.js"); dynamic import() is loaded on demand and not counted. */
export function staticImports(js: string): string[] {
  const found = new Set<string>();
  for (const m of js.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) found.add(m[1]);
  for (const m of js.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) found.add(m[1]);
  return [...found];
}

function resolveUrl(from: string, specifier: string): string {
  return new URL(specifier, `http://site${from}`).pathname;
}

/** Type of a built page for the weight budgets, from its URL path. */
export function pageType(path: string, base = '/'): string {
  const rest = path.slice(base.length);
  if (rest === '') return 'home';
  if (rest === 'search/') return 'search';
  const match = /^(agents|mechanisms|trials)\/(?:([^/]+)\/(card\/)?)?$/.exec(rest);
  if (!match) return 'other';
  if (!match[2]) return 'table index';
  const kind = { agents: 'agent', mechanisms: 'mechanism', trials: 'trial' }[match[1] as 'agents'];
  return match[3] ? `${kind} card` : kind;
}

/**
 * Weighs a page: its HTML, the stylesheets it links and the scripts it loads with every
 * module they statically import. `read` returns an asset's bytes by URL path.
 */
export function pageWeight(pagePath: string, html: string, read: (urlPath: string) => string): PageWeight {
  const assets = new Set<string>();
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]).filter((h): h is string => !!h);
  let cssBytes = 0;
  for (const href of css) {
    const path = resolveUrl(pagePath, href);
    if (assets.has(path)) continue;
    assets.add(path);
    cssBytes += gzipSize(read(path));
  }
  let jsBytes = 0;
  const queue = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => resolveUrl(pagePath, m[1]));
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (assets.has(path)) continue;
    assets.add(path);
    const js = read(path);
    jsBytes += gzipSize(js);
    queue.push(...staticImports(js).map((spec) => resolveUrl(path, spec)));
  }
  return { html: gzipSize(html), css: cssBytes, js: jsBytes, assets: [...assets] };
}
