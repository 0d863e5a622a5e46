import { describe, expect, it } from 'vitest';
import { relativePath, rewriteUrl } from './relative-url.ts';

const root = { base: '/' };
const href = (page: string, url: string, options: Parameters<typeof rewriteUrl>[2] = root) => rewriteUrl(page, url, options).href;

describe('rewriteUrl', () => {
  it('turns root-absolute folder URLs into relative paths to index.html', () => {
    expect(href('index.html', '/agents/')).toBe('agents/index.html');
    expect(href('agents/trastuzumab/index.html', '/agents/zanidatamab/')).toBe('../zanidatamab/index.html');
    expect(href('agents/trastuzumab/index.html', '/')).toBe('../../index.html');
    expect(href('agents/index.html', '/agents/')).toBe('index.html');
    expect(href('agents/index.html', '/agents/trastuzumab/')).toBe('trastuzumab/index.html');
    expect(href('search/index.html', '/trials/toga/')).toBe('../trials/toga/index.html');
  });

  it('keeps file names, query strings and fragments', () => {
    expect(href('about/index.html', '/data/trials.csv')).toBe('../data/trials.csv');
    expect(href('index.html', '/_astro/BaseLayout.CU1YsoFg.css')).toBe('_astro/BaseLayout.CU1YsoFg.css');
    expect(href('trials/toga/index.html', '/trials/toga/#ref-bang-2010-toga')).toBe('index.html#ref-bang-2010-toga');
    expect(href('index.html', '/search/?q=DS-8201&type=Agent')).toBe('search/index.html?q=DS-8201&type=Agent');
    expect(href('index.html', '/search/?q=HER2#results')).toBe('search/index.html?q=HER2#results');
    expect(href('mechanisms/p95her2-truncation/index.html', '/figures/her2-loss-retesting.svg#top')).toBe('../../figures/her2-loss-retesting.svg#top');
  });

  it('reports the file a URL points to, so the bundle can check it exists', () => {
    expect(rewriteUrl('agents/x/index.html', '/search/?q=a#b', root).target).toBe('search/index.html');
    expect(rewriteUrl('agents/x/index.html', '/figures/a%20b.svg', root)).toEqual({ href: '../../figures/a%20b.svg', target: 'figures/a b.svg' });
    expect(rewriteUrl('index.html', 'https://doi.org/10.1/x', root).target).toBeUndefined();
  });

  it('leaves external, mail, data and script URLs alone', () => {
    for (const url of [
      'https://doi.org/10.1056/NEJMoa2004413',
      'http://localhost:4321/agents/',
      'HTTPS://PUBMED.NCBI.NLM.NIH.GOV/20728210/',
      '//cdn.example.org/x.js',
      'mailto:editors@example.org?subject=Correction',
      'tel:+441234567890',
      'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
      'data:,/agents/',
      'javascript:void(0)',
    ]) {
      expect(rewriteUrl('agents/x/index.html', url, root)).toEqual({ href: url });
    }
  });

  it('leaves fragment-only, query-only and empty URLs alone: they stay on the same file', () => {
    for (const url of ['#main', '?q=HER2', '', '   ']) expect(rewriteUrl('search/index.html', url, root)).toEqual({ href: url });
  });

  it('rewrites relative URLs too, adding index.html to folders', () => {
    expect(href('agents/x/index.html', '../y/')).toBe('../y/index.html');
    expect(href('agents/x/index.html', './')).toBe('index.html');
    expect(href('agents/x/index.html', '../../data/agents.json')).toBe('../../data/agents.json');
    expect(href('agents/x/index.html', '../')).toBe('../index.html');
  });

  it('asks whether a slash-less path names a folder', () => {
    const folders = new Set(['about', 'agents/x']);
    const options = { base: '/', isDirectory: (p: string) => folders.has(p) };
    expect(href('index.html', '/about', options)).toBe('about/index.html');
    expect(href('trials/toga/index.html', '/agents/x?tab=1#f', options)).toBe('../../agents/x/index.html?tab=1#f');
    expect(href('index.html', '/favicon.svg', options)).toBe('favicon.svg');
  });

  it('strips the base path, and leaves root-absolute URLs outside it alone', () => {
    const options = { base: '/her2/' };
    expect(href('agents/x/index.html', '/her2/agents/y/', options)).toBe('../y/index.html');
    expect(href('index.html', '/her2/', options)).toBe('index.html');
    expect(href('about/index.html', '/her2', options)).toBe('../index.html');
    expect(href('index.html', '/her2x/agents/', options)).toBe('/her2x/agents/');
    expect(href('index.html', '/other/', options)).toBe('/other/');
  });
});

describe('relativePath', () => {
  it('walks up to the shared folder and down again', () => {
    expect(relativePath('a/b/index.html', 'a/c/index.html')).toBe('../c/index.html');
    expect(relativePath('index.html', 'a/index.html')).toBe('a/index.html');
    expect(relativePath('a/index.html', 'index.html')).toBe('../index.html');
    expect(relativePath('a/b/c.html', 'a/b/d.html')).toBe('d.html');
    expect(relativePath('a/index.html', 'a/index.html')).toBe('index.html');
  });
});
