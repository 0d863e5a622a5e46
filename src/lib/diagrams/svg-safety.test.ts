import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagramCache, TamperedCacheError } from './cache.ts';
import { svgProblems } from './svg-safety.ts';

const clean = '<svg xmlns="http://www.w3.org/2000/svg"><style>#a{fill:#333}</style><a xlink:href="/agents/trastuzumab/"><rect/></a><path marker-end="url(#m)"/></svg>';

describe('svgProblems', () => {
  it('accepts what Mermaid writes: shapes, text, site links and #references', () => {
    expect(svgProblems(clean)).toEqual([]);
  });
  it.each([
    ['<svg><script>alert(1)</script></svg>', /<script>/],
    ['<svg><rect onload="alert(1)"/></svg>', /event-handler attribute \(onload=\)/],
    ['<svg><foreignObject><div>x</div></foreignObject></svg>', /foreignObject/],
    ['<svg><a href="https://evil.example/">x</a></svg>', /https:\/\/evil\.example/],
    ['<svg><a xlink:href="javascript:alert(1)">x</a></svg>', /javascript/],
    ['<svg><image href="data:image/svg+xml;base64,AAAA"/></svg>', /data:image/],
    ['<svg><style>@import url(https://evil.example/x.css);</style></svg>', /@import/],
    ['<svg><rect style="fill:url(https://evil.example/p)"/></svg>', /url\(https/],
  ])('refuses %s', (svg, problem) => {
    expect(svgProblems(svg).join('; ')).toMatch(problem);
  });
});

describe('the diagram cache', () => {
  it('returns what it rendered, and refuses a file changed by hand or added without the renderer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diagram-cache-'));
    const cache = new DiagramCache(dir);
    cache.set('abc', clean);
    expect(new DiagramCache(dir).get('abc')).toBe(clean);
    expect(new DiagramCache(dir).get('missing')).toBeUndefined();
    writeFileSync(cache.path('abc'), readFileSync(cache.path('abc'), 'utf8').replace('<rect/>', '<rect onload="alert(1)"/>'));
    expect(() => new DiagramCache(dir).get('abc')).toThrow(TamperedCacheError);
    expect(() => new DiagramCache(dir).get('abc')).toThrow(/does not match the hash recorded in .*manifest\.json.*git checkout/);
    writeFileSync(cache.path('new'), clean);
    expect(() => new DiagramCache(dir).get('new')).toThrow(/is not recorded in/);
  });
});
