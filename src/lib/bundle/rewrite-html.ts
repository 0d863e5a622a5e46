import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import type { Element, Parents, Root } from 'hast';
import { rewriteUrl, type RewriteOptions } from './relative-url.ts';
import type { SearchRecord } from './offline-search.ts';

/** hast property names (see property-information) that hold one URL, on any element: every form the site emits. */
const URL_PROPERTIES = ['href', 'xLinkHref', 'src', 'action', 'formAction'] as const;
/**
 * URL forms the site never emits, so the bundle has no code to rewrite them: a page that starts to
 * use one is refused by name, rather than bundled with a link that only works on a server.
 */
const UNREWRITTEN_PROPERTIES = ['srcSet', 'imageSrcSet', 'poster', 'cite', 'longDesc', 'manifest', 'background'] as const;
/** A CSS url() of a file; url(#id), an inline SVG's reference to its own gradient or marker, and data: URLs need no rewriting. */
export const CSS_FILE_URL = /url\(\s*['"]?(?!#|data:)/i;

/** A page or file uses a URL form the offline bundle does not rewrite. */
export class UnrewrittenUrl extends Error {}

export interface PageRewriteOptions extends RewriteOptions {
  /**
   * Turn <script type="module" src> into deferred classic scripts: Chromium refuses module
   * scripts on file:// (they need CORS, which file:// has not), so the bundle replaces each
   * listed file with a classic build of it.
   */
  classicScripts?: boolean;
}

export interface PageRewriteReport {
  /** Every internal URL after rewriting, with the site file it must reach. */
  links: Array<{ href: string; target: string }>;
  /** Site files that were module scripts and must now be served as classic scripts. */
  moduleScripts: string[];
  /** Root-absolute URLs left as they were because they are outside the base path. */
  outside: string[];
}

/**
 * Rewrites every internal URL of a parsed page in place (links, sources, form actions, inline SVG
 * links) into a relative URL ending in index.html where it names a folder. `pagePath` is the page's
 * file, relative to the site root, e.g. "agents/x/index.html". Throws UnrewrittenUrl for a URL form
 * the site does not emit (srcset, poster, meta refresh, CSS url() of a file).
 */
export function rewritePageTree(tree: Root, pagePath: string, options: PageRewriteOptions): PageRewriteReport {
  const report: PageRewriteReport = { links: [], moduleScripts: [], outside: [] };
  const rewrite = (url: string): string => {
    const result = rewriteUrl(pagePath, url, options);
    if (result.target !== undefined) report.links.push({ href: result.href, target: result.target });
    else if (/^\/(?!\/)/.test(url.trim())) report.outside.push(url);
    return result.href;
  };
  const removals: Array<{ parent: Parents; node: Element }> = [];

  visit(tree, 'element', (node: Element, _index, parent) => {
    const props = node.properties;
    const moduleSrc = options.classicScripts && node.tagName === 'script' && props.type === 'module' && typeof props.src === 'string' ? props.src : undefined;
    if (props.rel && Array.isArray(props.rel) && props.rel.includes('modulepreload') && options.classicScripts) {
      // A preload of a module that the bundle turns into a classic script would fail on file://.
      if (parent) removals.push({ parent, node });
      return;
    }
    for (const name of URL_PROPERTIES) {
      const value = props[name];
      if (typeof value === 'string') props[name] = rewrite(value);
    }
    const unrewritten = [
      ...UNREWRITTEN_PROPERTIES.filter((name) => props[name] !== undefined && props[name] !== null),
      ...(node.tagName === 'object' && props.data !== undefined ? ['data'] : []),
      ...(node.tagName === 'meta' && String(props.httpEquiv ?? '').toLowerCase() === 'refresh' ? ['http-equiv="refresh"'] : []),
      ...(typeof props.style === 'string' && CSS_FILE_URL.test(props.style) ? ['a CSS url() in style'] : []),
      ...(node.tagName === 'style' && node.children.some((child) => child.type === 'text' && CSS_FILE_URL.test(child.value)) ? ['a CSS url()'] : []),
    ];
    if (unrewritten.length > 0) {
      throw new UnrewrittenUrl(`${pagePath}: <${node.tagName}> has ${unrewritten.join(', ')}, a URL form the offline bundle does not rewrite (src/lib/bundle/rewrite-html.ts)`);
    }
    if (node.tagName === 'script' || node.tagName === 'link') {
      // A file:// page loads resources without CORS; asking for it (crossorigin, integrity) makes the load fail.
      delete props.crossOrigin;
      delete props.integrity;
    }
    if (moduleSrc !== undefined) {
      const target = rewriteUrl(pagePath, moduleSrc, options).target;
      if (target !== undefined) {
        delete props.type;
        props.defer = true;
        report.moduleScripts.push(target);
      }
    }
  });
  for (const { parent, node } of removals) parent.children.splice(parent.children.indexOf(node), 1);
  return report;
}

/** Parses, rewrites and prints one page; see `rewritePageTree`. */
export function rewritePage(html: string, pagePath: string, options: PageRewriteOptions): { html: string } & PageRewriteReport {
  const tree = fromHtml(html);
  const report = rewritePageTree(tree, pagePath, options);
  return { html: toHtml(tree), ...report };
}

function hasProperty(node: Element, name: string): boolean {
  return node.properties[name] !== undefined && node.properties[name] !== null;
}

/**
 * The offline search record of a page, read from the same markup Pagefind indexes: only pages
 * with a `data-pagefind-body` element count; the title is the `data-pagefind-meta="title"`
 * element (else the first h1, as Pagefind does, else <title>), aliases the `data-pagefind-meta="aliases"` list, the summary the meta
 * description, filters the `data-pagefind-filter="name:value"` elements. Anything inside
 * `data-pagefind-ignore="all"` is skipped, as Pagefind skips it. Returns undefined for a page
 * Pagefind does not index.
 */
export function extractSearchRecord(tree: Root, url: string): SearchRecord | undefined {
  let indexed = false;
  let title: string | undefined;
  let documentTitle = '';
  let firstHeading: string | undefined;
  let aliases: string[] = [];
  let summary = '';
  const filters: Record<string, string[]> = {};
  visit(tree, 'element', (node: Element) => {
    const props = node.properties;
    if (props.dataPagefindIgnore === 'all') return SKIP;
    if (hasProperty(node, 'dataPagefindBody')) indexed = true;
    if (node.tagName === 'title') documentTitle = toText(node).trim();
    if (node.tagName === 'h1' && firstHeading === undefined) firstHeading = toText(node).trim();
    if (node.tagName === 'meta' && props.name === 'description' && typeof props.content === 'string') summary = props.content.trim();
    const meta = props.dataPagefindMeta;
    if (meta === 'title') title = toText(node).trim();
    if (meta === 'aliases') aliases = toText(node).split(/,\s+/).map((a) => a.trim()).filter(Boolean);
    const filter = props.dataPagefindFilter;
    if (typeof filter === 'string') {
      const colon = filter.indexOf(':');
      const name = (colon < 0 ? filter : filter.slice(0, colon)).trim();
      const value = (colon < 0 ? toText(node) : filter.slice(colon + 1)).trim();
      if (name && value) (filters[name] ??= []).push(value);
    }
    return undefined;
  });
  if (!indexed) return undefined;
  return { url, title: title ?? firstHeading ?? documentTitle, aliases, summary, filters };
}
