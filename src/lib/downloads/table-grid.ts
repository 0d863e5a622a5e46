import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root, RootContent } from 'hast';
import type { TableGrid } from './table-svg.ts';

/** A captioned table found in a built page, ready to export. */
export interface PageTable {
  anchor: string;
  /** "Table 1. Trials compared (27)". */
  caption: string;
  grid: TableGrid;
  /** Reference keys cited inside the table, in order of first appearance. */
  sources: string[];
}

/** The page facts a download footer needs, read from the page's own head. */
export interface PageHead {
  url?: string;
  reviewed?: string;
}

function elements(node: Root | Element): Element[] {
  return (node.children as RootContent[]).filter((c): c is Element => c.type === 'element');
}

function descendants(node: Root | Element, test: (e: Element) => boolean, out: Element[] = []): Element[] {
  for (const child of elements(node)) {
    if (test(child)) out.push(child);
    descendants(child, test, out);
  }
  return out;
}

function hasClass(element: Element, name: string): boolean {
  const value = element.properties?.className;
  return Array.isArray(value) && value.map(String).includes(name);
}

/**
 * Cell text as exported: citation markers, controls and screen-reader-only text dropped,
 * status badges kept in brackets ("[not verified]") because they qualify the value.
 */
function cleanText(node: Element): string {
  const strip = (element: Element): Element => ({
    ...element,
    children: element.children.flatMap((child): Element['children'] => {
      if (child.type !== 'element') return [child];
      if (child.tagName === 'sup' && hasClass(child, 'cite')) return [];
      if (child.tagName === 'button' || hasClass(child, 'visually-hidden') || hasClass(child, 'fig-tools') || hasClass(child, 'fig-number')) return [];
      if (hasClass(child, 'badge')) return [{ type: 'text', value: ` [${toText(child).trim()}]` }];
      return [strip(child)];
    }),
  });
  return toText(strip(node)).replace(/\s+/g, ' ').trim();
}

function rowCells(row: Element): string[] {
  return elements(row)
    .filter((cell) => cell.tagName === 'th' || cell.tagName === 'td')
    .flatMap((cell) => {
      const span = Number(cell.properties?.colSpan ?? 1) || 1;
      return [cleanText(cell), ...Array<string>(span - 1).fill('')];
    });
}

/** Every table with a table-* anchor and a caption in a built page (a parsed tree, or HTML to parse). */
export function pageTables(page: string | Root): PageTable[] {
  const tree = typeof page === 'string' ? fromHtml(page) : page;
  return descendants(tree, (e) => e.tagName === 'table' && String(e.properties?.id ?? '').startsWith('table-')).flatMap((table) => {
    const caption = elements(table).find((e) => e.tagName === 'caption');
    if (!caption) return [];
    const number = descendants(caption, (e) => hasClass(e, 'fig-number'))[0];
    const rows = descendants(table, (e) => e.tagName === 'tr');
    const headRows = elements(table)
      .filter((e) => e.tagName === 'thead')
      .flatMap((head) => descendants(head, (e) => e.tagName === 'tr'));
    const header = headRows.length > 0 ? rowCells(headRows[headRows.length - 1]) : rowCells(rows[0]);
    const body = rows.filter((row) => !headRows.includes(row) && (headRows.length > 0 || row !== rows[0])).map(rowCells);
    const sources = [...new Set(descendants(table, (e) => e.properties?.dataCite !== undefined).map((e) => String(e.properties!.dataCite)))];
    const label = number ? toText(number).trim() : '';
    return [{ anchor: String(table.properties!.id), caption: `${label} ${cleanText(caption)}`.trim(), grid: { header, rows: body }, sources }];
  });
}

/** The canonical URL and review date a page declares in its head. */
export function pageHead(page: string | Root): PageHead {
  const tree = typeof page === 'string' ? fromHtml(page) : page;
  const head = descendants(tree, (e) => e.tagName === 'head')[0] ?? tree;
  const canonical = descendants(head, (e) => e.tagName === 'link' && String(e.properties?.rel) === 'canonical')[0];
  const date = descendants(head, (e) => e.tagName === 'meta' && e.properties?.name === 'citation_date')[0];
  return { url: canonical ? String(canonical.properties!.href) : undefined, reviewed: date ? String(date.properties!.content) : undefined };
}
