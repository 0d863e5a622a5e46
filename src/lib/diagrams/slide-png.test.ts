import { describe, expect, it } from 'vitest';
import { SLIDE_WIDTH, pngSize, slidePng, slideScale, svgPixelSize } from './slide-png.ts';

const svg = (date: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540" viewBox="0 0 960 540"><rect x="10" y="10" width="200" height="80" fill="#ccf"/><text x="20" y="300" font-family="'Liberation Sans', Arial" font-size="40">reviewed ${date}</text></svg>\n`;

/** A PNG header of the given size: signature, then an IHDR chunk. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

describe('slide PNGs', () => {
  it('scale a figure up to slide width and leave wider ones at their size', () => {
    expect(svgPixelSize(svg('2025-06-01'))).toEqual({ width: 960, height: 540 });
    expect(960 * slideScale(960)).toBe(SLIDE_WIDTH);
    expect(1425 * slideScale(1425)).toBeGreaterThanOrEqual(SLIDE_WIDTH);
    expect(Number.isInteger(slideScale(1425))).toBe(true);
    expect(slideScale(2400)).toBe(1);
    expect(() => svgPixelSize('<svg viewBox="0 0 1 1"></svg>')).toThrow(/pixel width and height/);
  });

  it('read a PNG size from its header and reject other files', () => {
    expect(pngSize(pngHeader(1920, 1080))).toEqual({ width: 1920, height: 1080 });
    expect(() => pngSize(new TextEncoder().encode('<svg></svg> not a png at all'))).toThrow(/not a PNG/);
  });

  it('are rasterised without a browser at slide width, the same bytes every time, and follow the footer text', () => {
    const png = slidePng(svg('2025-06-01'));
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
    expect(Buffer.from(slidePng(svg('2025-06-01'))).equals(Buffer.from(png))).toBe(true);
    // The text is drawn with the committed font: a different date gives different pixels.
    expect(Buffer.from(slidePng(svg('2026-01-01'))).equals(Buffer.from(png))).toBe(false);
    // Without any text the image differs too: text was really drawn (no silent font fallback to nothing).
    expect(Buffer.from(slidePng(svg('').replace(/<text[^]*<\/text>/, ''))).equals(Buffer.from(png))).toBe(false);
  });
});
