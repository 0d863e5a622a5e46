import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagramCache } from './cache.ts';
import { SLIDE_WIDTH, pngSize, slidePng, slidePngKey, slideScale, svgPixelSize } from './slide-png.ts';
import { ContentError } from '../errors.ts';

const svg = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540" viewBox="0 0 960 540"><text>reviewed 2025-06-01</text></svg>\n';

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
  it('key the exact download SVG, so a new footer (date, URL, sources) makes a new PNG', () => {
    expect(slidePngKey(svg)).toBe(slidePngKey(svg));
    expect(slidePngKey(svg.replace('2025-06-01', '2026-01-01'))).not.toBe(slidePngKey(svg));
    expect(slidePngKey(svg)).toMatch(/^[0-9a-f]{24}$/);
  });

  it('scale a figure up to slide width and leave wider ones at their size', () => {
    expect(svgPixelSize(svg)).toEqual({ width: 960, height: 540 });
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

  it('come from the committed cache; a miss outside `npm run diagrams` names the figure, the missing file and the command', async () => {
    const cache = new DiagramCache(mkdtempSync(join(tmpdir(), 'png-cache-')));
    const where = 'figure "her2-testing" on /';
    const miss = slidePng({ svg, where }, cache, false);
    await expect(miss).rejects.toBeInstanceOf(ContentError);
    await expect(miss).rejects.toThrow(new RegExp(`${slidePngKey(svg)}\\.png: figure "her2-testing" on /: slide PNG not rendered yet.*npm run diagrams`));
    const png = pngHeader(1920, 1200);
    cache.setPng(slidePngKey(svg), png);
    expect(new Uint8Array(await slidePng({ svg, where }, cache, false))).toEqual(png);
  });
});
