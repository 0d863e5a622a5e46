import { prefixSvgLinks, scopeSvgIds } from './scope-ids.ts';
import { escapeHtml } from '../html.ts';
import { LAPTOP_COLUMN_PX, PHONE_COLUMN_PX, readableWidths } from './readable-size.ts';

export interface FigureInput {
  id: string;
  caption: string;
  /** Figure number on its page. */
  number: number;
  light: string;
  dark: string;
  /** Site base path, e.g. "/" or "/her2/". */
  base: string;
}

/** The light and dark copies get distinct id prefixes so both can sit in one page. */
function inlineSvg(svg: string, prefix: string, base: string): string {
  return prefixSvgLinks(scopeSvgIds(svg, prefix), base);
}

/** Standalone downloads of a figure: SVG in each theme (a slide in dark theme gets the dark copy), and a slide PNG. */
export function figureDownloadPath(base: string, id: string, theme: 'light' | 'dark' = 'light', format: 'svg' | 'png' = 'svg'): string {
  return `${base.replace(/\/?$/, '/')}figures/${id}${theme === 'dark' ? '-dark' : ''}.${format}`;
}

/**
 * A diagram as a numbered, captioned <figure>: both theme copies inline (CSS shows
 * one), and a link to the standalone SVG for slides. Readers download no Mermaid.
 */
export function figureHtml({ id, caption, number, light, dark, base }: FigureInput): string {
  const anchor = `fig-${id}`;
  const name = `<span class="visually-hidden"> of figure ${number}</span>`;
  // Never drawn so small that labels shrink below LABEL_PX: a wider figure scrolls in its own frame,
  // which the keyboard can reach and scroll, with a hint and a full-size view that needs no script.
  // Nor blown up past a quarter over its own size: a small figure stays a small figure.
  const { min: minWidth, max: maxWidth } = readableWidths([light, dark]);
  const scrolls = [minWidth > PHONE_COLUMN_PX && 'scrolls-on-phone', minWidth > LAPTOP_COLUMN_PX && 'scrolls-on-laptop'].filter(Boolean).join(' ');
  const view = (theme: 'light' | 'dark', svg: string) => `<div class="diagram-view diagram-${theme}">${inlineSvg(svg, `${anchor}-${theme[0]}`, base)}</div>`;
  const sizes = minWidth ? ` style="--readable-width: ${minWidth}px; --largest-width: ${maxWidth}px"` : '';
  return (
    `<figure class="diagram${scrolls ? ` ${scrolls}` : ''}" id="${anchor}">` +
    (scrolls ? `<section class="diagram-scroll" tabindex="0" aria-label="Figure ${number}, scrolls sideways"${sizes}>` : `<div class="diagram-scroll"${sizes}>`) +
    view('light', light) +
    view('dark', dark) +
    (scrolls ? '</section>' : '</div>') +
    (scrolls ? `<p class="scroll-hint">Wider than the screen: scroll sideways, or <a href="${figureDownloadPath(base, id)}">open it full size</a>.</p>` : '') +
    `<figcaption><a class="fig-number" href="#${anchor}">Figure ${number}.</a> ${escapeHtml(caption)} ` +
    `<span class="fig-tools">` +
    `<a href="#cite-${anchor}">Cite${name}</a>` +
    `<a href="${figureDownloadPath(base, id)}">Full size${name}</a>` +
    `<a href="${figureDownloadPath(base, id)}" download="${id}.svg">SVG${name}</a>` +
    `<a href="${figureDownloadPath(base, id, 'dark')}" download="${id}-dark.svg">SVG, dark${name}</a>` +
    `<a href="${figureDownloadPath(base, id, 'light', 'png')}" download="${id}.png">PNG${name}</a>` +
    `</span></figcaption>` +
    `</figure>`
  );
}

/** A self-contained SVG file: explicit pixel size from the viewBox so slide software places it at a sensible size. */
export function standaloneSvg(svg: string, prefix: string): string {
  const scoped = scopeSvgIds(svg, prefix);
  const viewBox = /viewBox="([\d.\s-]+)"/.exec(scoped)?.[1]?.split(/\s+/).map(Number);
  const sized = viewBox
    ? scoped.replace(/<svg([^>]*?)\swidth="100%"/, `<svg$1 width="${Math.ceil(viewBox[2])}" height="${Math.ceil(viewBox[3])}"`).replace(/\sstyle="max-width:[^"]*"/, '')
    : scoped;
  // Mermaid writes xlink:href on links without declaring the prefix: fine inside HTML, but a standalone file is XML, and an undeclared prefix makes it unreadable.
  const declared = /xlink:/.test(sized) && !/xmlns:xlink=/.test(sized) ? sized.replace(/^<svg\b/, '<svg xmlns:xlink="http://www.w3.org/1999/xlink"') : sized;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${declared}\n`;
}
