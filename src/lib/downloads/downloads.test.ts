import { describe, expect, it } from 'vitest';
import { footerLines, MAX_FOOTER_SOURCES, shortReference, svgWithFooter, wrapText } from './footer.ts';
import { tableSvg } from './table-svg.ts';
import { csvFromRows } from '../csv.ts';

const info = { caption: 'Figure 2. How an ADC works', siteName: 'Site', url: 'https://x.org/agents/a/#fig-adc', reviewed: '2026-11-25', sources: ['Bang et al., 2010'] };

describe('shortReference', () => {
  it('names the first author, "et al." beyond two, and the year', () => {
    const issued = { 'date-parts': [[2010, 8]] };
    expect(shortReference({ author: [{ family: 'Bang' }, { family: 'Van Cutsem' }, { family: 'Feyereislova' }], issued })).toBe('Bang et al., 2010');
    expect(shortReference({ author: [{ family: 'Oh' }, { family: 'Bang' }], issued })).toBe('Oh & Bang, 2010');
    expect(shortReference({ author: [{ literal: 'FDA' }] })).toBe('FDA');
  });
});

describe('footer', () => {
  it('wraps at the character budget', () => {
    expect(wrapText('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
  });
  it('carries caption, site, URL with anchor, reviewed date and sources', () => {
    const text = footerLines(info, 200).join('\n');
    for (const part of [info.caption, info.siteName, info.url, 'reviewed 2026-11-25', 'Bang et al., 2010']) expect(text).toContain(part);
  });
  it('never splits the URL or the reviewed date across lines, however narrow the image', () => {
    const lines = footerLines({ ...info, url: 'https://evidence.example.edu/her2/mechanisms/altered-internalisation/#fig-internalisation-routes' }, 60);
    expect(lines).toContain('https://evidence.example.edu/her2/mechanisms/altered-internalisation/#fig-internalisation-routes');
    expect(lines.some((line) => line.includes('reviewed 2026-11-25'))).toBe(true);
  });
  it('names the first sources and counts the rest when there are many', () => {
    const many = Array.from({ length: MAX_FOOTER_SOURCES + 3 }, (_, i) => `Author${i}, 2020`);
    const text = footerLines({ ...info, sources: many }, 500).join(' ');
    expect(text).toContain(`Author${MAX_FOOTER_SOURCES - 1}, 2020`);
    expect(text).not.toContain(`Author${MAX_FOOTER_SOURCES}, 2020`);
    expect(text).toContain('and 3 more listed on the page');
  });
});

describe('svgWithFooter', () => {
  const diagram = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200"><rect width="400" height="200"/></svg>';
  it('nests the diagram and puts the footer inside the image, at least 960 px wide', () => {
    const out = svgWithFooter(diagram, info, 'dark');
    const [, width, height] = /<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="(\d+)" height="(\d+)"/.exec(out)!;
    expect(Number(width)).toBe(960);
    expect(Number(height)).toBeGreaterThan(200);
    expect(out).toContain('fill="#15171c"');
    expect(out).toContain('https://x.org/agents/a/#fig-adc');
    expect(out.match(/<svg/g)).toHaveLength(2);
  });
  it('refuses an SVG whose size is unknown, naming the figure', () => {
    expect(() => svgWithFooter('<svg></svg>', info, 'light')).toThrow(/How an ADC works/);
  });
});

describe('table downloads', () => {
  const grid = {
    header: ['Measure', 'Value'],
    rows: [
      ['ORR', '47.3% [not verified]'],
      ['OS, "median"', '13.8 months'],
    ],
  };
  it('exports the grid as RFC 4180 CSV and as an SVG with the footer', () => {
    expect(csvFromRows([grid.header, ...grid.rows])).toBe('Measure,Value\r\nORR,47.3% [not verified]\r\n"OS, ""median""",13.8 months\r\n');
    const svg = tableSvg(grid, { ...info, caption: 'Table 1. Results' });
    expect(svg).toContain('>47.3% [not verified]</text>');
    expect(svg).toContain('>Table 1. Results</text>');
    expect(svg).toContain('&quot;median&quot;');
  });
});
