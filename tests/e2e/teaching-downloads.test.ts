import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { DIST, distPages } from './dist-files.ts';
import { pageHead, pageTables } from '../../src/lib/downloads/table-grid.ts';
import { SLIDE_WIDTH, pngSize, slidePng } from '../../src/lib/diagrams/slide-png.ts';

// Parsed once for both tests; pages with neither a figure nor a table have nothing to check.
const pages = distPages()
  .filter((page) => !page.path.startsWith('/pagefind/') && (page.html.includes('<figure') || page.html.includes('<table')))
  .map((page) => ({ ...page, tree: fromHtml(page.html) }));
const read = (urlPath: string) => readFileSync(join(DIST, urlPath), 'utf8');

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

  it('every captioned table is numbered, citable, and downloads as CSV (same rows as the page) and as a slide SVG with the footer', () => {
    let checked = 0;
    for (const page of pages) {
      const { tree } = page;
      const { url } = pageHead(tree);
      const captioned = selectAll('table', tree).filter((table) => selectAll('caption', table).length > 0);
      const tables = pageTables(tree);
      expect(tables.length, `${page.path}: a captioned table has no table-* anchor`).toBe(captioned.length);
      for (const table of tables) {
        const where = `${page.path}#${table.anchor}`;
        expect(table.caption, where).toMatch(/^Table \d+\. \S/);
        expect(selectAll(`[id="cite-${table.anchor}-apa"]`, tree).length, `${where}: no citation block`).toBe(1);
        const csvPath = `${page.path}${table.anchor}.csv`;
        const svgPath = `${page.path}${table.anchor}.svg`;
        expect(existsSync(join(DIST, csvPath)), csvPath).toBe(true);
        const csvLines = read(csvPath).split('\r\n').filter(Boolean);
        // Quoted fields may hold line breaks only if a cell did; cells here are single-line text.
        expect(csvLines.length, csvPath).toBe(table.grid.rows.length + 1);
        const svg = read(svgPath);
        expect(svg, svgPath).toContain(`${url}#${table.anchor}`);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(30);
  }, 600_000);
});
