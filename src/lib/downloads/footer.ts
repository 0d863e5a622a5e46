import { escapeHtml } from '../html.ts';
import type { CslItem } from '../cite.ts';

/** What travels inside a downloaded image so a pasted slide still says where it came from. */
export interface FooterInfo {
  /** "Figure 2. How an ADC works". */
  caption: string;
  siteName: string;
  /** Page URL with the figure's anchor. */
  url: string;
  /** Page version (last-reviewed date). */
  reviewed: string;
  /** Short labels of the references the figure rests on ("Bang et al., 2010"). */
  sources: readonly string[];
}

export type Theme = 'light' | 'dark';

export const THEME_COLOURS: Record<Theme, { background: string; text: string; muted: string; rule: string; stripe: string }> = {
  light: { background: '#ffffff', text: '#111111', muted: '#444444', rule: '#999999', stripe: '#f2f4f7' },
  dark: { background: '#15171c', text: '#f2f2f2', muted: '#c8c8c8', rule: '#666666', stripe: '#22252c' },
};

/** "Bang et al., 2010" from a CSL item: enough to find it in the page's reference list. */
export function shortReference(item: Partial<CslItem>): string {
  const authors = (item.author as Array<{ family?: string; literal?: string }> | undefined) ?? [];
  const first = authors[0]?.family ?? authors[0]?.literal ?? (item['container-title'] as string | undefined) ?? item.title ?? 'Unknown';
  const year = (item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0];
  const who = authors.length > 2 ? `${first} et al.` : authors.length === 2 ? `${first} & ${authors[1].family ?? authors[1].literal}` : first;
  return year ? `${who}, ${year}` : who;
}

/** Greedy word wrap at a character budget; a single over-long word gets a line of its own. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Beyond this many sources the footer names the first ones and points at the page's list. */
export const MAX_FOOTER_SOURCES = 6;

/** The footer's text: caption, then where it is from and when, then its sources. */
export function footerLines(info: FooterInfo, maxChars: number): string[] {
  const shown = info.sources.slice(0, MAX_FOOTER_SOURCES);
  const more = info.sources.length - shown.length;
  const sources = shown.length === 0 ? 'Sources: see the reference list on the page' : `Sources: ${shown.join('; ')}${more > 0 ? `; and ${more} more listed on the page` : ''}`;
  return [
    ...wrapText(info.caption, maxChars),
    // Site and date, then the URL on a line of its own, so neither is split where a reader copies it.
    ...wrapText(`${info.siteName} · reviewed ${info.reviewed}`, maxChars),
    info.url,
    ...wrapText(sources, maxChars),
  ];
}

/** Average glyph advance of Liberation Sans/Arial relative to the font size, for wrapping without a browser. */
const CHAR_WIDTH = 0.54;

export interface FooterBlock {
  svg: string;
  height: number;
}

/** The footer as SVG text lines at a given width, starting at y. */
export function footerBlock(info: FooterInfo, width: number, y: number, theme: Theme): FooterBlock {
  const fontSize = Math.max(12, Math.round(width / 90));
  const lineHeight = Math.round(fontSize * 1.35);
  const padding = fontSize;
  const lines = footerLines(info, Math.floor((width - 2 * padding) / (fontSize * CHAR_WIDTH)));
  const colours = THEME_COLOURS[theme];
  const text = lines
    .map(
      (line, i) => `<text x="${padding}" y="${y + padding + lineHeight * (i + 1) - Math.round(lineHeight * 0.3)}"${i === 0 ? ' font-weight="700"' : ''}>${escapeHtml(line)}</text>`,
    )
    .join('');
  const height = padding * 2 + lineHeight * lines.length;
  return {
    height,
    svg:
      `<g class="download-footer" font-family="'Liberation Sans', Arial, Helvetica, sans-serif" font-size="${fontSize}" fill="${colours.muted}">` +
      `<line x1="${padding}" x2="${width - padding}" y1="${y + 0.5}" y2="${y + 0.5}" stroke="${colours.rule}" stroke-width="1"/>` +
      text +
      `</g>`,
  };
}

function viewBoxSize(svg: string): { width: number; height: number } | undefined {
  const box = /viewBox="([\d.\s-]+)"/.exec(svg)?.[1]?.trim().split(/\s+/).map(Number);
  return box && box.length === 4 && box[2] > 0 && box[3] > 0 ? { width: Math.ceil(box[2]), height: Math.ceil(box[3]) } : undefined;
}

/**
 * A diagram as a self-contained download with its footer inside the image: the diagram
 * nested at its natural size on a theme background, the footer below it. At least
 * 960 px wide so the footer stays legible when the diagram itself is narrow.
 */
export function svgWithFooter(diagramSvg: string, info: FooterInfo, theme: Theme): string {
  const size = viewBoxSize(diagramSvg);
  if (!size) throw new Error(`figure "${info.caption}": the rendered SVG has no viewBox, so its size is unknown`);
  const width = Math.max(size.width, 960);
  const margin = 16;
  const x = Math.round((width - size.width) / 2);
  const nested = diagramSvg
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(
      /<svg\b([^>]*)>/,
      (_, attrs: string) =>
        `<svg${attrs.replace(/\s(?:width|height|x|y)="[^"]*"/g, '').replace(/\sstyle="[^"]*"/, '')} x="${x}" y="${margin}" width="${size.width}" height="${size.height}">`,
    );
  const footer = footerBlock(info, width, size.height + 2 * margin, theme);
  const height = size.height + 2 * margin + footer.height;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="${THEME_COLOURS[theme].background}"/>` +
    nested +
    footer.svg +
    `</svg>\n`
  );
}
