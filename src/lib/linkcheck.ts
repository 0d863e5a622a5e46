import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

/** A built page: its URL path (e.g. /trials/toga/) and its HTML, parsed once when several checks read it. */
export interface BuiltPage {
  path: string;
  html: string;
  tree?: Root;
}

/** The page's parsed HTML: parsed once by the caller that runs several checks (buildChecks), else here. */
export const pageTree = (page: BuiltPage): Root => page.tree ?? fromHtml(page.html);

export interface BrokenLink {
  page: string;
  href: string;
  problem: string;
}

interface PageIndex {
  ids: Set<string>;
  links: string[];
}

const LINK_ATTRIBUTES: Record<string, string> = { a: 'href', link: 'href', script: 'src', img: 'src', use: 'href' };

function indexPage(page: BuiltPage): PageIndex {
  const ids = new Set<string>();
  const links: string[] = [];
  visit(pageTree(page), 'element', (node: Element) => {
    const id = node.properties?.id;
    if (typeof id === 'string') ids.add(id);
    const attribute = LINK_ATTRIBUTES[node.tagName];
    const value = attribute ? (node.properties?.[attribute] ?? node.properties?.xLinkHref) : undefined;
    if (typeof value === 'string') links.push(value);
  });
  return { ids, links };
}

/** What one run of the internal link check looked at and found. */
export interface LinkCheckResult {
  pages: number;
  /** Internal link occurrences checked (href/src on a, link, script, img, use), each resolved to a page or file. */
  links: number;
  /** Those with a #fragment, each checked against the ids of its target page. */
  anchors: number;
  broken: BrokenLink[];
}

/**
 * Checks every internal link: its target page or file must exist and its #fragment
 * must be an id on that page. `files` lists every other file in the build (e.g.
 * /data/trials.csv) that a link may target. External links (http, https, mailto,
 * data) are skipped here and checked for form by `malformedExternalLinks`.
 */
export function checkLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>, site: string): LinkCheckResult {
  const index = new Map(pages.map((p) => [p.path, indexPage(p)]));
  const result: LinkCheckResult = { pages: pages.length, links: 0, anchors: 0, broken: [] };
  for (const page of pages) {
    for (const href of index.get(page.path)!.links) {
      if (/^(mailto:|data:|javascript:)/.test(href)) continue;
      const url = new URL(href, new URL(page.path, site));
      if (url.origin !== new URL(site).origin) continue;
      result.links += 1;
      const path = decodeURIComponent(url.pathname);
      const target = index.get(path) ?? (path.endsWith('/') ? undefined : index.get(`${path}/`));
      if (!target && !files.has(path)) {
        result.broken.push({ page: page.path, href, problem: `no page or file at ${path}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!fragment) continue;
      result.anchors += 1;
      if (target && !target.ids.has(fragment)) result.broken.push({ page: page.path, href, problem: `no element with id "${fragment}" on ${path}` });
    }
  }
  return result;
}

/** Internal links whose target page, file or #fragment does not exist. */
export function findBrokenLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>, site: string): BrokenLink[] {
  return checkLinks(pages, files, site).broken;
}

/** External identifiers must be well-formed links to the registries the site uses. */
export function malformedExternalLinks(pages: readonly BuiltPage[]): BrokenLink[] {
  const rules: Array<[RegExp, RegExp, string]> = [
    [/^https:\/\/doi\.org\//, /^https:\/\/doi\.org\/10\.\d{4,9}\/\S+$/, 'DOI link'],
    [/^https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\//, /^https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\d+\/$/, 'PubMed link'],
    [/^https:\/\/clinicaltrials\.gov\//, /^https:\/\/clinicaltrials\.gov\/study\/NCT\d{8}$/, 'ClinicalTrials.gov link'],
  ];
  const out: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of indexPage(page).links) {
      for (const [applies, valid, label] of rules) {
        if (applies.test(href) && !valid.test(href)) out.push({ page: page.path, href, problem: `malformed ${label}` });
      }
    }
  }
  return out;
}
