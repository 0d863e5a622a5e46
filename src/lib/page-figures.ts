import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root, RootContent } from 'hast';
import { escapeHtml } from './html.ts';

/** A figure or table a reader can cite and download on its own. */
export interface PageFigure {
  /** Element id and URL fragment: fig-<id> or table-<id>. */
  anchor: string;
  kind: 'figure' | 'table';
  /** "Figure 2", "Table 1". */
  label: string;
  caption: string;
}

function walk(node: Root | Element, visit: (element: Element) => boolean | void): void {
  for (const child of node.children as RootContent[]) {
    if (child.type !== 'element') continue;
    // A visitor returning true claims the element and its subtree.
    if (visit(child) !== true) walk(child, visit);
  }
}

function classes(element: Element): string[] {
  const value = element.properties?.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function childElement(element: Element, tag: string): Element | undefined {
  return element.children.find((child): child is Element => child.type === 'element' && child.tagName === tag);
}

/** Caption text without the number link, the download/cite tools and text meant only for screen readers. */
function captionText(caption: Element): string {
  const copy: Element = {
    ...caption,
    children: caption.children.filter((child) => !(child.type === 'element' && classes(child).some((c) => c === 'fig-number' || c === 'fig-tools' || c === 'visually-hidden'))),
  };
  return toText(copy).replace(/\s+/g, ' ').trim();
}

/**
 * Anchor for a table that has no id of its own: its caption as a slug, so it stays put when tables
 * are added around it. A trailing count ("Agents compared (22)") is left out: it changes with the data.
 */
export function tableAnchor(caption: string, taken: ReadonlySet<string>): string {
  const slug = caption
    .replace(/\s*\(\d+\)\s*$/, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  const stem = `table-${slug || 'data'}`;
  let anchor = stem;
  for (let n = 2; taken.has(anchor); n++) anchor = `${stem}-${n}`;
  return anchor;
}

/** Where a table's downloads live: beside the page, named after its anchor. */
export function tableDownloadPaths(pagePath: string, anchor: string): { csv: string; svg: string } {
  const dir = pagePath.endsWith('/') ? pagePath : `${pagePath}/`;
  return { csv: `${dir}${anchor}.csv`, svg: `${dir}${anchor}.svg` };
}

function tableTools(anchor: string, label: string, pagePath: string): string {
  const { csv, svg } = tableDownloadPaths(pagePath, anchor);
  const name = `<span class="visually-hidden"> of ${escapeHtml(label.toLowerCase())}</span>`;
  return (
    ` <span class="fig-tools">` +
    `<a href="#cite-${anchor}">Cite${name}</a>` +
    `<a href="${csv}" download="${anchor}.csv">CSV${name}</a>` +
    `<a href="${svg}" download="${anchor}.svg">SVG for slides${name}</a>` +
    `</span>`
  );
}

/**
 * Numbers the captioned tables of a rendered page ("Table 1."), gives each a stable
 * anchor and its cite and download links, and lists every figure and table for the
 * page's citation section. Edits are spliced in at the parser's offsets, so the rest
 * of the page (inline SVG included) keeps its exact bytes.
 */
export function annotatePageFigures(html: string, pagePath: string): { html: string; figures: PageFigure[] } {
  const tree = fromHtml(html, { fragment: true });
  const figures: PageFigure[] = [];
  const edits: Array<{ at: number; insert: string; remove?: number }> = [];
  const taken = new Set<string>();
  let tableNumber = 0;
  walk(tree, (element) => {
    const id = typeof element.properties?.id === 'string' ? element.properties.id : undefined;
    if (element.tagName === 'figure' && id?.startsWith('fig-')) {
      const caption = childElement(element, 'figcaption');
      const number = caption && toText(caption.children.find((c): c is Element => c.type === 'element' && classes(c).includes('fig-number')) ?? { type: 'root', children: [] });
      figures.push({ anchor: id, kind: 'figure', label: (number ?? '').replace(/\.$/, '').trim() || 'Figure', caption: caption ? captionText(caption) : '' });
      taken.add(id);
      return true;
    }
    if (element.tagName !== 'table') return;
    const caption = childElement(element, 'caption');
    const start = element.position?.start.offset;
    if (!caption || start === undefined || caption.position?.start.offset === undefined || caption.position.end.offset === undefined) return true;
    tableNumber += 1;
    const label = `Table ${tableNumber}`;
    const text = captionText(caption);
    let anchor = id;
    if (!anchor) {
      anchor = tableAnchor(text, taken);
      // "<table" is five characters; the id goes right after it.
      edits.push({ at: start + '<table'.length, insert: ` id="${anchor}"` });
    }
    taken.add(anchor);
    const captionOpenEnd = html.indexOf('>', caption.position.start.offset) + 1;
    const captionCloseStart = html.lastIndexOf('</caption>', caption.position.end.offset);
    edits.push({ at: captionOpenEnd, insert: `<a class="fig-number" href="#${anchor}">${label}.</a> ` });
    edits.push({ at: captionCloseStart, insert: tableTools(anchor, label, pagePath) });
    figures.push({ anchor, kind: 'table', label, caption: text });
    return true;
  });
  let out = html;
  for (const edit of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, edit.at) + edit.insert + out.slice(edit.at);
  return { html: out, figures };
}
