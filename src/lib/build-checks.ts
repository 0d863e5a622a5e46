import { visit } from 'unist-util-visit';
import type { Element, ElementContent } from 'hast';
import { checkLinks, pageTree, type BrokenLink, type BuiltPage } from './linkcheck.ts';
import { escapeHtml } from './html.ts';

/**
 * Checks made on the built site (dist/) after `astro build`: internal links and anchors,
 * and static accessibility checks that only the rendered HTML can answer. The result is
 * written into the integrity page, so that page states what was measured on this very build.
 */
export interface AccessibilityCounts {
  /** Every <table>, and those whose first child is a non-empty <caption>. */
  tables: number;
  tablesWithCaption: number;
  /** Every diagram figure, and those whose light and dark SVGs both carry a non-empty <title> and <desc>. */
  diagrams: number;
  diagramsDescribed: number;
  /** Every <img>, and those with an alt attribute (empty alt marks a decorative image). */
  images: number;
  imagesWithAlt: number;
  /** Where a check failed: "page: what". */
  problems: string[];
}

export interface BuildChecks {
  pages: number;
  links: number;
  anchors: number;
  broken: BrokenLink[];
  accessibility: AccessibilityCounts;
}

const text = (node: Element | ElementContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '');

const childElements = (node: Element, tag: string) => node.children.filter((c): c is Element => c.type === 'element' && c.tagName === tag);

const hasClass = (node: Element, name: string) => {
  const value = node.properties?.className;
  return Array.isArray(value) && value.includes(name);
};

/** Tables, diagrams and images of the built pages, counted and checked. */
export function accessibilityCounts(pages: readonly BuiltPage[]): AccessibilityCounts {
  const counts: AccessibilityCounts = { tables: 0, tablesWithCaption: 0, diagrams: 0, diagramsDescribed: 0, images: 0, imagesWithAlt: 0, problems: [] };
  for (const page of pages) {
    visit(pageTree(page), 'element', (node: Element) => {
      if (node.tagName === 'table') {
        counts.tables += 1;
        const first = node.children.find((c): c is Element => c.type === 'element');
        if (first?.tagName === 'caption' && text(first).trim()) counts.tablesWithCaption += 1;
        else counts.problems.push(`${page.path}: a table${node.properties?.id ? ` (#${node.properties.id})` : ''} has no caption`);
      } else if (node.tagName === 'figure' && hasClass(node, 'diagram')) {
        counts.diagrams += 1;
        const svgs: Element[] = [];
        visit(node, 'element', (inner: Element) => {
          if (inner.tagName === 'svg') svgs.push(inner);
        });
        const described = svgs.length > 0 && svgs.every((svg) => ['title', 'desc'].every((tag) => childElements(svg, tag).some((c) => text(c).trim())));
        if (described) counts.diagramsDescribed += 1;
        else counts.problems.push(`${page.path}: diagram #${String(node.properties?.id ?? '?')} lacks an SVG <title> or <desc> (accTitle/accDescr)`);
      } else if (node.tagName === 'img') {
        counts.images += 1;
        if (typeof node.properties?.alt === 'string') counts.imagesWithAlt += 1;
        else counts.problems.push(`${page.path}: an image (${String(node.properties?.src ?? '?')}) has no alt attribute`);
      }
    });
  }
  return counts;
}

export function buildChecks(pages: readonly BuiltPage[], files: ReadonlySet<string>, site: string): BuildChecks {
  // Each page is parsed once for both checks.
  const parsed = pages.map((page) => ({ ...page, tree: pageTree(page) }));
  const links = checkLinks(parsed, files, site);
  return { pages: links.pages, links: links.links, anchors: links.anchors, broken: links.broken, accessibility: accessibilityCounts(parsed) };
}

/** Every failure, one per line, or none. */
export function buildCheckFailures(checks: BuildChecks): string[] {
  return [...checks.broken.map((b) => `${b.page}: broken link ${b.href} (${b.problem})`), ...checks.accessibility.problems];
}

/** The placeholder the integrity page renders; the build replaces it with the measured result. */
export const BUILD_CHECKS_PLACEHOLDER =
  '<div id="build-checks" data-build-checks="pending"><p>Measured on the production build after every page is written; this copy was not produced by <code>npm run build</code>, so no result is shown.</p></div>';

const count = (name: string, value: number) => `<span data-count="${name}">${value}</span>`;

/** The measured result as HTML, numbers marked with data-count for tests. */
export function buildChecksHtml(checks: BuildChecks): string {
  const a = checks.accessibility;
  const broken = checks.broken.length;
  return (
    `<div id="build-checks" data-build-checks="measured">` +
    `<p>Internal links: ${count('internal-links', checks.links)} internal links on ${count('pages', checks.pages)} pages, ${count('anchors', checks.anchors)} of them to a #anchor, checked; ${count('broken-links', broken)} broken.</p>` +
    (broken > 0 ? `<ul>${checks.broken.map((b) => `<li>${escapeHtml(b.page)}: ${escapeHtml(b.href)} (${escapeHtml(b.problem)})</li>`).join('')}</ul>` : '') +
    `<ul>` +
    `<li>${count('tables-captioned', a.tablesWithCaption)} of ${count('tables', a.tables)} tables have a caption.</li>` +
    `<li>${count('diagrams-described', a.diagramsDescribed)} of ${count('diagrams', a.diagrams)} diagrams carry an accessible title and description in both their light and dark SVG.</li>` +
    `<li>${count('images-alt', a.imagesWithAlt)} of ${count('images', a.images)} images have an alt attribute${a.images === 0 ? ' (the pages use no &lt;img&gt; elements; diagrams are inline SVG)' : ''}.</li>` +
    `</ul>` +
    (a.problems.length > 0 ? `<ul>${a.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>` : '') +
    `</div>`
  );
}

/** Puts the measured result in place of the placeholder; the page must hold exactly one. */
export function insertBuildChecks(html: string, checks: BuildChecks): string {
  const parts = html.split(BUILD_CHECKS_PLACEHOLDER);
  if (parts.length !== 2) throw new Error(`the integrity page must contain the build-checks placeholder exactly once (found ${parts.length - 1})`);
  return parts[0] + buildChecksHtml(checks) + parts[1];
}
