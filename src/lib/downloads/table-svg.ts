import { escapeHtml } from '../html.ts';
import { footerBlock, THEME_COLOURS, wrapText, type FooterInfo, type Theme } from './footer.ts';

/** A table's text, as a reader sees it, row by row; the first row is the header. */
export interface TableGrid {
  header: string[];
  rows: string[][];
}

const FONT_SIZE = 15;
const CHAR_WIDTH = FONT_SIZE * 0.54;
const LINE_HEIGHT = Math.round(FONT_SIZE * 1.35);
const CELL_PADDING = 8;
/** A column never grows wider than this many characters; longer text wraps. */
const MAX_COLUMN_CHARS = 34;

/**
 * A table as a slide-ready SVG: header row, striped body rows, wrapped cell text and
 * the download footer inside the image. Widths are estimated from character counts,
 * so no browser is needed to lay it out.
 */
export function tableSvg(grid: TableGrid, info: FooterInfo, theme: Theme = 'light'): string {
  const all = [grid.header, ...grid.rows];
  const columns = Math.max(...all.map((row) => row.length));
  const chars = Array.from({ length: columns }, (_, c) =>
    Math.min(MAX_COLUMN_CHARS, Math.max(4, ...all.map((row) => longestWord(row[c] ?? ''), 0), ...all.map((row) => Math.min((row[c] ?? '').length, MAX_COLUMN_CHARS)))),
  );
  const widths = chars.map((n) => Math.ceil(n * CHAR_WIDTH) + 2 * CELL_PADDING);
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  const width = Math.max(tableWidth + 32, 960);
  const colours = THEME_COLOURS[theme];
  const out: string[] = [];
  let y = 16;
  all.forEach((row, r) => {
    const cells = Array.from({ length: columns }, (_, c) => wrapText(row[c] ?? '', chars[c]));
    const height = Math.max(1, ...cells.map((lines) => lines.length)) * LINE_HEIGHT + 2 * CELL_PADDING;
    if (r === 0) out.push(`<rect x="16" y="${y}" width="${tableWidth}" height="${height}" fill="${colours.stripe}"/>`);
    else if (r % 2 === 0) out.push(`<rect x="16" y="${y}" width="${tableWidth}" height="${height}" fill="${colours.stripe}" opacity="0.6"/>`);
    let x = 16;
    cells.forEach((lines, c) => {
      lines.forEach((line, i) => {
        out.push(`<text x="${x + CELL_PADDING}" y="${y + CELL_PADDING + LINE_HEIGHT * (i + 1) - 5}"${r === 0 ? ' font-weight="700"' : ''}>${escapeHtml(line)}</text>`);
      });
      x += widths[c];
    });
    y += height;
    out.push(`<line x1="16" x2="${16 + tableWidth}" y1="${y + 0.5}" y2="${y + 0.5}" stroke="${colours.rule}" stroke-width="${r === 0 ? 1.5 : 0.5}"/>`);
  });
  const footer = footerBlock(info, width, y + 16, theme);
  const height = y + 16 + footer.height;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="${colours.background}"/>` +
    `<g font-family="'Liberation Sans', Arial, Helvetica, sans-serif" font-size="${FONT_SIZE}" fill="${colours.text}">${out.join('')}</g>` +
    footer.svg +
    `</svg>\n`
  );
}

function longestWord(text: string): number {
  return Math.min(MAX_COLUMN_CHARS, Math.max(0, ...text.split(/\s+/).map((w) => w.length)));
}
