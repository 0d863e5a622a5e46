import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accessibleText, extractDiagrams, lintDiagram, normaliseSource, parseDiagramMeta, withAccessibleText } from './source.ts';
import { scopeSvgIds, prefixSvgLinks } from './scope-ids.ts';
import { DiagramCache, diagramCacheKey } from './cache.ts';
import { MERMAID_VERSION, renderDiagram } from './render.ts';
import { figureHtml, standaloneSvg } from './figure.ts';

const source = 'flowchart LR\n  accTitle: T\n  accDescr: D\n  A --> B';
const svg =
  '<svg id="mermaid-3" width="100%" style="max-width: 200px;" viewBox="0 0 200.5 100" aria-labelledby="chart-title-mermaid-3" xmlns="http://www.w3.org/2000/svg"><title id="chart-title-mermaid-3">T</title><style>#mermaid-3 .node{fill:#fff}</style><marker id="mermaid-3_arrow"/><path marker-end="url(#mermaid-3_arrow)"/><a xlink:href="/mechanisms/x/"><g id="flowchart-A-0"/></a></svg>';

describe('diagram source', () => {
  it('parses the fence meta', () => {
    expect(parseDiagramMeta('id="her2-testing" caption="HER2 testing, step by step"')).toEqual({ id: 'her2-testing', caption: 'HER2 testing, step by step' });
    expect(parseDiagramMeta('id=plain')).toEqual({ id: 'plain' });
  });
  it('requires an id, a caption, accTitle and accDescr', () => {
    expect(lintDiagram({ id: 'a', caption: 'c' }, source)).toEqual([]);
    expect(lintDiagram({}, 'flowchart LR\n A --> B').map((p) => p.field)).toEqual(['id', 'caption', 'accTitle', 'accDescr']);
    expect(lintDiagram({ id: 'Bad Id', caption: 'c' }, source)[0].field).toBe('id');
  });
  it('finds mermaid blocks and their lines in MDX', () => {
    const mdx = 'text\n\n```mermaid id="x" caption="y"\nflowchart LR\n  A --> B\n```\n\n```js\nnot this\n```\n';
    expect(extractDiagrams(mdx)).toEqual([{ meta: { id: 'x', caption: 'y' }, source: 'flowchart LR\n  A --> B\n', line: 3 }]);
  });
  it('ignores whitespace-only edits when keying the cache', () => {
    expect(normaliseSource('  flowchart LR  \r\n  A-->B   \n\n')).toBe('flowchart LR\n  A-->B');
    expect(diagramCacheKey(source, 'light', '1')).toBe(diagramCacheKey(`${source}   \n`, 'light', '1'));
    expect(diagramCacheKey(source, 'light', '1')).not.toBe(diagramCacheKey(source, 'dark', '1'));
    expect(diagramCacheKey(source, 'light', '1')).not.toBe(diagramCacheKey(source, 'light', '2'));
    expect(diagramCacheKey(source, 'light', '1')).not.toBe(diagramCacheKey(`${source}\n  B --> C`, 'light', '1'));
  });
});

describe('ids in rendered SVG', () => {
  it('renames every id in order and rewrites every reference to it', () => {
    const scoped = scopeSvgIds(svg, 'fig-x-l');
    expect(scoped).not.toContain('mermaid-3');
    expect(scoped).toContain('id="fig-x-l-0"');
    expect(scoped).toContain('aria-labelledby="fig-x-l-1"');
    expect(scoped).toContain('#fig-x-l-0 .node{fill:#fff}');
    expect(scoped).toContain('url(#fig-x-l-2)');
    expect(scoped).toContain('id="fig-x-l-3"');
  });
  it('gives the same bytes for the same input, and distinct ids for two copies', () => {
    expect(scopeSvgIds(svg, 'p')).toBe(scopeSvgIds(svg, 'p'));
    const ids = (s: string) => [...s.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    const both = [...ids(scopeSvgIds(svg, 'a')), ...ids(scopeSvgIds(svg, 'b'))];
    expect(new Set(both).size).toBe(both.length);
  });
  it('prefixes site-absolute node links with the base path', () => {
    expect(prefixSvgLinks(svg, '/her2/')).toContain('xlink:href="/her2/mechanisms/x/"');
    expect(prefixSvgLinks(svg, '/')).toBe(svg);
  });
});

describe('rendering from the cache', () => {
  it('serves both themes from the cache without a browser', async () => {
    const cache = new DiagramCache(mkdtempSync(join(tmpdir(), 'diagram-cache-')));
    cache.set(diagramCacheKey(source, 'light', MERMAID_VERSION), '<svg>light</svg>');
    cache.set(diagramCacheKey(source, 'dark', MERMAID_VERSION), '<svg>dark</svg>');
    const out = await renderDiagram({ source, file: 'content/x.mdx', where: 'diagram "a" at line 3' }, cache, false);
    // The cached SVGs lack <title>/<desc>, so the source's accTitle/accDescr are added.
    expect(out.light).toBe('<svg><title>T</title><desc>D</desc>light</svg>');
    expect(out.dark).toBe('<svg><title>T</title><desc>D</desc>dark</svg>');
  });
  it('fails on a miss, naming the file and the command that renders it', async () => {
    const cache = new DiagramCache(mkdtempSync(join(tmpdir(), 'diagram-cache-')));
    await expect(renderDiagram({ source, file: 'content/mechanisms/x.mdx', where: 'diagram "a" at line 3' }, cache, false)).rejects.toThrow(
      /^content\/mechanisms\/x\.mdx: diagram "a" at line 3: diagram not rendered yet \(light theme, cache key [0-9a-f]{24}\) \(run `npm run diagrams`/,
    );
  });
});

describe('accessible text', () => {
  it('reads accTitle and a one-line or block accDescr', () => {
    expect(accessibleText(source)).toEqual({ title: 'T', description: 'D' });
    expect(accessibleText('timeline\n  accTitle: Years\n  accDescr {\n    From 2010\n    to 2024\n  }\n  2010 : ToGA')).toEqual({
      title: 'Years',
      description: 'From 2010 to 2024',
    });
  });
  it('adds a missing <title> or <desc> as the first children of the SVG, escaped, and leaves present ones alone', () => {
    expect(withAccessibleText('<svg role="graphics-document document"><g/></svg>', 'timeline\n  accTitle: A & B\n  accDescr: x < y')).toBe(
      '<svg role="graphics-document document"><title>A &amp; B</title><desc>x &lt; y</desc><g/></svg>',
    );
    expect(withAccessibleText(svg, source)).toBe(svg.replace(/(<svg[^>]*>)/, '$1<desc>D</desc>'));
    const both = '<svg><title>T</title><desc>D</desc></svg>';
    expect(withAccessibleText(both, source)).toBe(both);
  });
});

describe('figures', () => {
  it('wraps both themes in a numbered, captioned figure with an anchor and a download link', () => {
    const html = figureHtml({ id: 'x', caption: 'A & B', number: 2, light: svg, dark: svg, base: '/her2/' });
    expect(html).toMatch(/^<figure class="diagram" id="fig-x">/);
    expect(html).toContain('<a class="fig-number" href="#fig-x">Figure 2.</a> A &amp; B');
    expect(html).toContain('href="/her2/figures/x.svg" download="x.svg"');
    expect(html).toContain('href="/her2/figures/x-dark.svg" download="x-dark.svg"');
    expect(html).toContain('href="/her2/figures/x.png" download="x.png"');
    expect(html).toContain('id="fig-x-l-0"');
    expect(html).toContain('id="fig-x-d-0"');
  });
  it('makes a standalone SVG with a pixel size for slides', () => {
    const out = standaloneSvg(svg, 'fig-x');
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(out).toContain('width="201" height="100"');
    expect(out).not.toContain('max-width');
    expect(out).toContain('<svg xmlns:xlink="http://www.w3.org/1999/xlink" id="fig-x-0"');
    expect(standaloneSvg(svg.replace('xlink:href', 'href'), 'fig-x')).not.toContain('xmlns:xlink');
  });
});

describe('generated diagrams', async () => {
  const { developmentTimeline, mechanismOverviewMap, herFamilyDiagram } = await import('./generated.ts');
  const { agent, mechanism, effect } = await import('../../../tests/fixtures/entries.ts');
  const ref = (id: string) => ({ id, collection: 'references' });
  const agents = [
    agent('trastuzumab', {
      title: 'Trastuzumab',
      milestones: [
        { year: 2010, event: 'Approved: gastric cancer', source: ref('fda-2010') },
        { year: 1998, event: 'Approved in breast cancer', source: ref('fda-1998') },
      ],
    }),
    agent('pertuzumab', { title: 'Pertuzumab', bindingSite: 'her2-domain-ii', milestones: [{ year: 2010, event: 'JACOB starts', source: ref('jacob') }] }),
    agent('zanidatamab', { title: 'Zanidatamab', bindingSite: 'her2-domains-ii-and-iv' }),
    agent('nivolumab', { title: 'Nivolumab', class: 'checkpoint-inhibitor', targets: ['PD-1'], bindingSite: 'not-her2' }),
  ];

  it('builds the timeline from every milestone, grouped by year, with its sources', () => {
    const timeline = developmentTimeline(agents);
    expect(timeline.source).toContain('    1998 : Trastuzumab');
    expect(timeline.source).toContain('    2010 : Pertuzumab : Trastuzumab');
    expect(timeline.source.indexOf('1998')).toBeLessThan(timeline.source.indexOf('2010'));
    expect(timeline.sources).toEqual(['fda-1998', 'fda-2010', 'jacob']);
    expect(lintDiagram({ id: timeline.id, caption: timeline.caption }, timeline.source)).toEqual([]);
  });

  it('attaches every mechanism to a stage on the overview map, with a link to its page', () => {
    const map = mechanismOverviewMap([
      mechanism('p95her2-truncation', [effect('monoclonal-antibody', ['cells'])], { title: 'p95HER2 truncation', category: 'epitope-access' }),
      mechanism('lysosomal-dysfunction', [effect('antibody-drug-conjugate', ['cells'])], { title: 'Lysosomal dysfunction', category: 'adc-lysosome' }),
    ]);
    expect(map.source).toContain('m_p95her2_truncation("p95HER2 truncation") -.->|blocks| bind');
    expect(map.source).toContain('m_lysosomal_dysfunction("Lysosomal dysfunction") -.->|blocks| lyso');
    expect(map.source).toContain('click m_p95her2_truncation href "/mechanisms/p95her2-truncation/"');
  });

  it('groups the HER2 agents at the domain they bind, one line per domain, and leaves out agents that do not bind HER2', () => {
    const diagram = herFamilyDiagram(agents);
    expect(diagram.source).toContain('  B2["Pertuzumab, Zanidatamab"] -. bind .-> D2');
    expect(diagram.source).toContain('  B4["Trastuzumab, Zanidatamab"] -. bind .-> D4');
    expect(diagram.source).not.toContain('BK[');
    expect(diagram.source).not.toContain('Nivolumab');
    expect(diagram.source.match(/-\. bind \.->/g)).toHaveLength(2);
    expect(lintDiagram({ id: diagram.id, caption: diagram.caption }, diagram.source)).toEqual([]);
  });
});
