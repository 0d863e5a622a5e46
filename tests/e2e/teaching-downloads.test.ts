import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { DIST, distPages } from './dist-files.ts';
import type { Element, Root } from 'hast';
import { SLIDE_WIDTH, pngSize, slidePng } from '../../src/lib/diagrams/slide-png.ts';

// Parsed once for both tests; pages with neither a figure nor a table have nothing to check.
const pages = distPages()
  .filter((page) => !page.path.startsWith('/pagefind/') && (page.html.includes('<figure') || page.html.includes('<table')))
  .map((page) => ({ ...page, tree: fromHtml(page.html) }));
const read = (urlPath: string) => readFileSync(join(DIST, urlPath), 'utf8');

/** The canonical URL and review date a built page declares in its head. */
function pageHead(tree: Root): { url: string; reviewed: string } {
  const canonical = selectAll('link[rel="canonical"]', tree)[0];
  const date = selectAll('meta[name="citation_date"]', tree)[0];
  return { url: String(canonical?.properties.href), reviewed: String(date?.properties.content) };
}

/** A cell's text as a reader sees it: no citation markers, no text only screen readers get, no caption tools. */
function shownText(cell: Element): string {
  const hidden = new Set([...selectAll('sup.cite, .visually-hidden, .fig-tools, .fig-number', cell)]);
  const strip = (node: Element): Element => ({
    ...node,
    children: node.children.flatMap((child): Element['children'] => (child.type === 'element' ? (hidden.has(child) ? [] : [strip(child)]) : [child])),
  });
  return toText(strip(cell), { whitespace: 'normal' }).replace(/\s+/g, ' ').trim();
}

/** RFC 4180 CSV, as a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('figures and tables that cite themselves', () => {
  it('every figure has its anchor, number, caption, a citation pointing at page URL + anchor + version, and light and dark SVG and a slide PNG download with the footer inside', () => {
    let checked = 0;
    for (const page of pages) {
      const { tree } = page;
      const { url, reviewed } = pageHead(tree);
      for (const figure of selectAll('figure[id^="fig-"]', tree)) {
        const anchor = String(figure.properties.id);
        const where = `${page.path}#${anchor}`;
        const number = selectAll('figcaption .fig-number', figure)[0];
        expect(toText(number ?? { type: 'root', children: [] }), where).toMatch(/^Figure \d+\.$/);
        const cite = selectAll(`[id="cite-${anchor}-apa"]`, tree)[0];
        expect(cite, `${where}: no "Cite this figure" block`).toBeDefined();
        expect(toText(cite!), where).toContain(`${url}#${anchor}`);
        expect(toText(cite!), where).toContain(`reviewed ${reviewed}`);
        const links = selectAll('figcaption .fig-tools a[download]', figure).map((a) => String(a.properties.href));
        const svgs = links.filter((href) => href.endsWith('.svg'));
        const pngs = links.filter((href) => href.endsWith('.png'));
        expect([svgs.length, pngs.length], `${where}: light and dark SVG and one PNG`).toEqual([2, 1]);
        // The PNG is the light SVG rasterised at build time, footer and all.
        const png = readFileSync(join(DIST, pngs[0]));
        expect(pngSize(png).width, `${pngs[0]} width`).toBeGreaterThanOrEqual(SLIDE_WIDTH);
        const lightSvg = svgs.find((href) => !href.endsWith('-dark.svg'))!;
        expect(Buffer.from(slidePng(read(lightSvg))).equals(png), `${pngs[0]} is not the rendering of ${lightSvg}`).toBe(true);
        for (const href of svgs) {
          const svg = read(href);
          expect(svg, `${href} footer`).toContain(`${url}#${anchor}`);
          expect(svg, `${href} footer`).toContain(`reviewed ${reviewed}`);
          expect(svg, `${href} footer`).toContain(toText(number!).replace(/\.$/, ''));
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  }, 600_000);

  it('every captioned table is numbered in page order, citable, and downloads as CSV holding what the page shows, and as a slide SVG with the footer', () => {
    let checked = 0;
    for (const page of pages) {
      const { tree } = page;
      const { url, reviewed } = pageHead(tree);
      const tables = selectAll('table', tree).filter((table) => selectAll('caption', table).length > 0);
      tables.forEach((table, i) => {
        const anchor = String(table.properties.id ?? '');
        const where = `${page.path}#${anchor}`;
        expect(anchor, `${page.path}: captioned table ${i + 1} has no table-* anchor`).toMatch(/^table-/);
        expect(toText(selectAll('caption .fig-number', table)[0] ?? { type: 'root', children: [] }), where).toBe(`Table ${i + 1}.`);
        expect(selectAll(`[id="cite-${anchor}-apa"]`, tree).length, `${where}: no citation block`).toBe(1);
        const csvPath = `${page.path}${anchor}.csv`;
        expect(existsSync(join(DIST, csvPath)), csvPath).toBe(true);
        const [header, ...rows] = parseCsv(read(csvPath));
        // The CSV comes from the page model, not from this HTML: it must hold what the page shows.
        expect(header, `${csvPath} header`).toEqual(selectAll('thead th', table).map(shownText));
        const bodyRows = selectAll('tbody tr', table);
        expect(rows.length, `${csvPath} rows`).toBe(bodyRows.length);
        bodyRows.forEach((row, r) => {
          const cells = selectAll('th, td', row).map(shownText);
          expect(rows[r].length, `${csvPath} row ${r + 1} cells`).toBe(header.length);
          cells.forEach((text, c) => {
            // Every number the reader sees in a cell is in the download's cell (which may add a source name or flag).
            for (const number of text.match(/\d+(?:[.,]\d+)?/g) ?? []) expect(rows[r][c], `${csvPath} row ${r + 1}, column "${header[c]}": page shows "${text}"`).toContain(number);
          });
          // The row is the same row: its first cell starts with the name the page's first cell links, or with its text.
          const first = selectAll('th, td', row)[0];
          const citations = new Set(selectAll('sup.cite a', first));
          const name = selectAll('a', first).find((a) => !citations.has(a));
          const lead = name ? shownText(name) : cells[0].slice(0, 12);
          expect(rows[r][0].startsWith(lead), `${csvPath} row ${r + 1}: "${rows[r][0]}" does not start with "${lead}"`).toBe(true);
        });
        const svg = read(`${page.path}${anchor}.svg`);
        expect(svg, `${anchor}.svg`).toContain(`${url.replace(/\/card\/?$|\/$/, '')}`);
        expect(svg, `${anchor}.svg`).toContain(`#${anchor}`);
        expect(svg, `${anchor}.svg`).toContain(`reviewed ${reviewed}`);
        checked += 1;
      });
    }
    expect(checked).toBeGreaterThan(100);
  }, 600_000);
});
