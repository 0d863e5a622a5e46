import { describe, expect, it } from 'vitest';
import { gzipSize, pageType, pageWeight, staticImports } from './page-weight.ts';

describe('staticImports', () => {
  it('finds static imports and re-exports, not dynamic import()', () => {
    const js = 'import{a as b}from"./chunk.js";import "./side.js";export*from"./re.js";const s=()=>import("./search.js");';
    expect(staticImports(js).sort()).toEqual(['./chunk.js', './re.js', './side.js']);
  });
});

describe('pageWeight', () => {
  const files: Record<string, string> = {
    '/_astro/page.js': 'import{x}from"./shared.js";x();const later=()=>import("./big.js");',
    '/_astro/shared.js': 'export const x=()=>1;',
    '/_astro/big.js': 'x'.repeat(50_000),
    '/_astro/site.css': 'body{color:red}',
  };
  it('counts linked CSS and scripts with their static imports, gzipped, but not on-demand chunks', () => {
    const html = '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script>';
    const weight = pageWeight('/agents/x/', html, (p) => {
      if (!(p in files)) throw new Error(`missing ${p}`);
      return files[p];
    });
    expect(weight.assets.sort()).toEqual(['/_astro/page.js', '/_astro/shared.js', '/_astro/site.css']);
    expect(weight.js).toBe(gzipSize(files['/_astro/page.js']) + gzipSize(files['/_astro/shared.js']));
    expect(weight.css).toBe(gzipSize(files['/_astro/site.css']));
    expect(weight.html).toBe(gzipSize(html));
  });
});

describe('pageType', () => {
  it('classifies pages by URL', () => {
    expect(
      ['/', '/search/', '/agents/', '/agents/t-dxd/', '/agents/t-dxd/card/', '/mechanisms/p95/', '/trials/toga/', '/about/', '/her2/trials/'].map((p) =>
        pageType(p, p.startsWith('/her2/') ? '/her2/' : '/'),
      ),
    ).toEqual(['home', 'search', 'table index', 'agent', 'agent card', 'mechanism', 'trial', 'other', 'table index']);
  });
});
