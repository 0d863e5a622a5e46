import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

/** Slides are 1920 px wide at full HD; a figure PNG is at least that wide. */
export const SLIDE_WIDTH = 1920;

/**
 * The fonts the download SVGs name ("Liberation Sans", Arial metrics), committed so a PNG is the
 * same bytes on every machine: system fonts are never consulted.
 */
const FONT_FILES = ['Regular', 'Bold', 'Italic', 'BoldItalic'].map((style) => fileURLToPath(new URL(`../../../assets/fonts/LiberationSans-${style}.ttf`, import.meta.url)));

/** The SVG's own pixel size, from its width and height attributes. */
export function svgPixelSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('the download SVG has no pixel width and height on its root element');
  return { width, height };
}

/**
 * Whole-number scale that brings a figure to at least slide width; wider figures keep their own
 * size. A whole number keeps strokes on pixel boundaries.
 */
export function slideScale(width: number): number {
  return Math.max(1, Math.ceil(SLIDE_WIDTH / width));
}

/** Reads width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * The slide PNG of a download SVG (footer included), rasterised at build time with resvg, which
 * needs no browser: the PNG follows the site address, caption and review date of every build, and
 * nothing per-address is committed. Build-time Mermaid SVGs draw text with <text>, which resvg renders.
 */
export function slidePng(svg: string): Uint8Array {
  const { width } = svgPixelSize(svg);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * slideScale(width) },
    background: 'white',
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
  });
  return resvg.render().asPng();
}
