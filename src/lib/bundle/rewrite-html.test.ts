import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { extractSearchRecord, rewritePage, UnrewrittenUrl } from './rewrite-html.ts';
import { rewriteSvgLinks } from './rewrite-svg.ts';
import { rewriteUrl } from './relative-url.ts';

const options = { base: '/', classicScripts: true };

const page = `<!doctype html><html lang="en"><head>
<meta charset="utf-8"><title>Zanidatamab · HER2</title>
<meta name="description" content="Bispecific antibody binding two HER2 epitopes.">
<link rel="canonical" href="https://example.org/agents/zanidatamab/">
<link rel="stylesheet" href="/_astro/BaseLayout.css" crossorigin>
<link rel="modulepreload" href="/_astro/chunk.js">
<script src="/theme-init.js"></script>
<script type="module" src="/_astro/SiteHeader.js"></script>
</head><body>
<header data-pagefind-ignore="all"><h1>Site name</h1><a href="/">Home</a><form action="/search/" method="get"><input name="q"></form>
<span data-pagefind-filter="type:Header"></span></header>
<main data-pagefind-body>
<h1 data-pagefind-meta="title">Zanidatamab</h1>
<p class="aliases" data-pagefind-weight="10">Also known as: <span data-pagefind-meta="aliases">ZW25, Ziihera, JZP598</span></p>
<span hidden data-pagefind-filter="type:Agent"></span><span hidden data-pagefind-filter="class:Bispecific antibody"></span>
<a href="/trials/herizon-gea-01/#results">HERIZON</a> <a href="#refs">refs</a> <a href="https://doi.org/10.1/x">doi</a> <a href="mailto:a@b.org">mail</a>
<a href="/data/trials.csv" download>CSV</a> <a href="/search/?q=ZW25">search</a>
<img src="/figures/map.svg" alt="">
<img src="data:image/png;base64,AAAA" alt="">
<svg viewBox="0 0 10 10"><a xlink:href="/agents/trastuzumab/"><text>T</text></a><a href="/mechanisms/"><text>M</text></a></svg>
<svg viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect style="fill: url(#g)" width="10" height="10"/></svg>
</main></body></html>`;

describe('rewritePage', () => {
  const result = rewritePage(page, 'agents/zanidatamab/index.html', options);
  const tree = fromHtml(result.html);
  const attr = (selectorTag: string, name: string) => {
    const values: string[] = [];
    const walk = (node: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[] }) => {
      if (node.type === 'element' && node.tagName === selectorTag && typeof node.properties?.[name] === 'string') values.push(node.properties[name] as string);
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    };
    walk(tree);
    return values;
  };

  it('makes every internal link, source and form action relative, ending in index.html for folders', () => {
    expect(attr('a', 'href')).toEqual(['../../index.html', '../../trials/herizon-gea-01/index.html#results', '#refs', 'https://doi.org/10.1/x', 'mailto:a@b.org', '../../data/trials.csv', '../../search/index.html?q=ZW25', '../../mechanisms/index.html']);
    expect(attr('a', 'xLinkHref')).toEqual(['../trastuzumab/index.html']);
    expect(attr('link', 'href')).toEqual(['https://example.org/agents/zanidatamab/', '../../_astro/BaseLayout.css']);
    expect(attr('script', 'src')).toEqual(['../../theme-init.js', '../../_astro/SiteHeader.js']);
    expect(attr('form', 'action')).toEqual(['../../search/index.html']);
    expect(attr('img', 'src')).toEqual(['../../figures/map.svg', 'data:image/png;base64,AAAA']);
    // An inline SVG's url(#id) points inside the page and stays as it is.
    expect(attr('rect', 'style')).toEqual(['fill: url(#g)']);
  });

  it('refuses, naming the page and the element, a URL form the site does not emit rather than leave it pointing at a server', () => {
    for (const [markup, form] of [
      ['<img src="/a.png" srcset="/a.png 1x, /a@2x.png 2x" alt="">', 'srcSet'],
      ['<video src="/v.mp4" poster="/p.png"></video>', 'poster'],
      ['<meta http-equiv="refresh" content="0; url=/agents/">', 'refresh'],
      ['<div style="background: url(\'/bg.png\')">x</div>', 'CSS url()'],
      ['<style>body{background:url(/bg.png)}</style>', 'CSS url()'],
    ]) {
      const run = () => rewritePage(`<!doctype html><html><head></head><body>${markup}</body></html>`, 'agents/x/index.html', options);
      expect(run, markup).toThrow(UnrewrittenUrl);
      expect(run, markup).toThrow(new RegExp(`^agents/x/index\\.html: <\\w+> has .*${form.replace(/[()]/g, '\\$&')}`));
    }
  });

  it('turns module scripts into deferred classic scripts and drops module preloads and CORS attributes', () => {
    expect(result.html).toContain('<script src="../../_astro/SiteHeader.js" defer></script>');
    expect(result.html).not.toContain('type="module"');
    expect(result.html).not.toContain('modulepreload');
    expect(result.html).not.toContain('crossorigin');
    expect(result.moduleScripts).toEqual(['_astro/SiteHeader.js']);
    expect(rewritePage(page, 'agents/zanidatamab/index.html', { base: '/' }).html).toContain('type="module"');
  });

  it('reports each internal target for checking, and root-absolute URLs outside the base', () => {
    expect(result.links.map((l) => l.target)).toContain('trials/herizon-gea-01/index.html');
    expect(result.links.map((l) => l.target)).toContain('figures/map.svg');
    expect(result.links.map((l) => l.target)).not.toContain('_astro/chunk.js');
    expect(result.outside).toEqual([]);
    expect(rewritePage('<a href="/other/">x</a>', 'index.html', { base: '/her2/' }).outside).toEqual(['/other/']);
  });
});

describe('extractSearchRecord', () => {
  it('reads title, aliases, summary and filters from the markup Pagefind indexes, skipping ignored parts', () => {
    expect(extractSearchRecord(fromHtml(page), '../agents/zanidatamab/index.html')).toEqual({
      url: '../agents/zanidatamab/index.html',
      title: 'Zanidatamab',
      aliases: ['ZW25', 'Ziihera', 'JZP598'],
      summary: 'Bispecific antibody binding two HER2 epitopes.',
      filters: { type: ['Agent'], class: ['Bispecific antibody'] },
    });
  });
  it('falls back to the first h1, and skips pages Pagefind does not index', () => {
    const plain = '<title>About · Site</title><meta name="description" content="Scope."><main data-pagefind-body><h1>About this site</h1></main>';
    expect(extractSearchRecord(fromHtml(plain), 'x')).toEqual({ url: 'x', title: 'About this site', aliases: [], summary: 'Scope.', filters: {} });
    expect(extractSearchRecord(fromHtml('<title>404</title><main><h1>Not found</h1></main>'), 'x')).toBeUndefined();
  });
});

describe('style sheets and standalone SVG files', () => {
  const rewrite = (file: string) => (url: string) => rewriteUrl(file, url, { base: '/' }).href;

  it('rewrites links in an SVG file and keeps the XML declaration and the rest', () => {
    const svg = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><style>.a > .b{fill:red}</style><a xlink:href="/agents/trastuzumab/"><text class="a">T &amp; D</text></a></svg>';
    const out = rewriteSvgLinks(svg, rewrite('figures/x.svg'), 'figures/x.svg');
    expect(out).toContain('xlink:href="../agents/trastuzumab/index.html"');
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    // In XML a style element's text may escape ">"; the style sheet reads the same.
    expect(out).toMatch(/\.a (>|&gt;) \.b\{fill:red\}/);
    expect(out).toContain('T &amp; D');
    const plain = '<svg xmlns="http://www.w3.org/2000/svg"><a href="https://example.org/">x</a></svg>';
    expect(rewriteSvgLinks(plain, rewrite('figures/x.svg'), 'figures/x.svg')).toBe(plain);
  });
});
