import { describe, expect, it } from 'vitest';
import { labelPxInFrame, readableMinWidth, readableWidths, svgGeometry } from './readable-size.ts';

const svg = (viewBox: string, style = '#d1{font-family:Arial;font-size:15px;fill:#333;}') =>
  `<svg id="d1" width="100%" viewBox="${viewBox}" style="max-width: 900px;"><style>${style}#d1 .label{font-size:12px}</style><g><svg viewBox="0 0 10 10"></svg></g></svg>`;

describe('readable diagram size', () => {
  it('reads the root viewBox width and the root font size, not those of nested markers or other rules', () => {
    expect(svgGeometry(svg('4 4 1500 300'))).toEqual({ width: 1500, height: 300, fontPx: 15 });
  });

  it('keeps labels at 12.5 px: a 1,500-unit chart at 15 px may shrink to 1,250 px and no further', () => {
    expect(readableMinWidth(svg('4 4 1500 300'))).toBe(1250);
    expect(readableMinWidth(svg('0 0 600 400', '#d1{font-size:20px}'))).toBe(375);
  });

  it("falls back to Mermaid's 16 px when the root rule gives no size, and to no limit without a viewBox", () => {
    expect(readableMinWidth(svg('0 0 1600 300', '#d1{fill:#000}'))).toBe(1250);
    expect(readableMinWidth('<svg width="10"></svg>')).toBe(0);
  });

  it('gives one width range for a figure’s light and dark copies: the larger minimum, and 1.25 times the wider copy', () => {
    expect(readableWidths([svg('4 4 1500 300'), svg('4 4 1200 300')])).toEqual({ min: 1250, max: 1875 });
    expect(readableWidths(['<svg></svg>'])).toEqual({ min: 0, max: 0 });
  });

  it('gives the label size of a figure fitted into a frame: the tighter side decides, and a small figure is not blown up', () => {
    // 600 x 400 at 15 px into 300 x 100: the height decides (a quarter), 3.75 px.
    expect(labelPxInFrame([svg('0 0 600 400')], { width: 300, height: 100 })).toBe(3.75);
    expect(labelPxInFrame([svg('0 0 600 400')], { width: 1200, height: 1200 })).toBe(15);
    expect(labelPxInFrame([svg('0 0 600 400'), svg('0 0 1200 400')], { width: 600, height: 400 })).toBe(7.5);
    expect(labelPxInFrame(['<svg></svg>'], { width: 600, height: 400 })).toBe(Infinity);
  });
});
