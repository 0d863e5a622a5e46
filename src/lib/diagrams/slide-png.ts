import { createHash } from 'node:crypto';
import { contentError } from '../errors.ts';
import type { DiagramCache } from './cache.ts';

/** Slides are 1920 px wide at full HD; a figure PNG is at least that wide. */
export const SLIDE_WIDTH = 1920;

/** Bump when the rasteriser's own output changes (browser flags, scaling rule). */
export const RASTER_REVISION = 2;

/** Key of the PNG made from one exact download SVG: any change to the diagram or its footer makes a new PNG. */
export function slidePngKey(svg: string): string {
  return createHash('sha256').update(JSON.stringify([RASTER_REVISION, SLIDE_WIDTH, svg])).digest('hex').slice(0, 24);
}

/** The SVG's own pixel size, from its width and height attributes. */
export function svgPixelSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('the download SVG has no pixel width and height on its root element');
  return { width, height };
}

/**
 * Whole-number device scale that brings a figure to at least slide width; wider figures keep
 * their own size. Downloads are at least 960 px wide, so in practice this is 2 or 1, and the
 * rasteriser keeps one page per scale instead of one per figure.
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

export interface SlidePngRequest {
  /** The download SVG, footer included. */
  svg: string;
  /** What the figure is, for error messages ("figure her2-testing on /agents/x/"). */
  where: string;
}

/**
 * The slide PNG of a download SVG from the committed cache. A miss is rasterised in
 * Chromium when `render` is on (`npm run diagrams`); otherwise the build fails and says
 * which figure and which command makes it, so a normal build never needs a browser.
 */
export async function slidePng({ svg, where }: SlidePngRequest, cache: DiagramCache, render: boolean): Promise<Uint8Array> {
  const key = slidePngKey(svg);
  const cached = cache.getPng(key);
  if (cached) return cached;
  if (!render) {
    throw contentError(cache.pngPath(key), where, `slide PNG not rendered yet (cache key ${key}): its diagram, caption, sources, reviewed date or the site URL changed`, 'run `npm run diagrams` on a machine with Chromium and commit diagram-cache/');
  }
  const { width, height } = svgPixelSize(svg);
  const { rasterizeSvg } = await import('./browser.ts');
  const png = await rasterizeSvg(svg, width, height, slideScale(width));
  cache.setPng(key, png);
  return png;
}
