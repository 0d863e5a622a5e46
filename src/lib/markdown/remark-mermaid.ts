import { visit } from 'unist-util-visit';
import { fromHtml } from 'hast-util-from-html';
import type { Root, Code } from 'mdast';
import type { VFile } from 'vfile';
import { contentError } from '../errors.ts';
import { lintDiagram, parseDiagramMeta } from '../diagrams/source.ts';
import { renderDiagram } from '../diagrams/render.ts';
import { figureHtml } from '../diagrams/figure.ts';
import type { DiagramCache } from '../diagrams/cache.ts';

interface Options {
  cache: DiagramCache;
  /** Render cache misses in Chromium (npm run diagrams) instead of failing. */
  render: boolean;
  base: string;
}

/** What a page records of each diagram; the SVGs themselves stay in the cache. */
export interface PageDiagram {
  id: string;
  caption: string;
  number: number;
  keys: Record<'light' | 'dark', string>;
}

/**
 * Turns ```mermaid blocks into inline SVG figures at build time and records them
 * in the entry's remark frontmatter as `diagrams` (for standalone downloads).
 */
export function remarkMermaid({ cache, render, base }: Options) {
  return async (tree: Root, file: VFile) => {
    const blocks: Array<{ node: Code; index: number; parent: { children: unknown[] } }> = [];
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang === 'mermaid' && parent && index !== undefined) blocks.push({ node, index, parent: parent as { children: unknown[] } });
    });
    const diagrams: PageDiagram[] = [];
    for (const { node, index, parent } of blocks) {
      const line = node.position?.start.line ?? 0;
      const meta = parseDiagramMeta(node.meta);
      const [problem] = lintDiagram(meta, node.value);
      if (problem) throw contentError(file.path, `diagram at line ${line}: ${problem.field}`, problem.problem);
      const rendered = await renderDiagram({ source: node.value, file: file.path, where: `diagram "${meta.id}" at line ${line}` }, cache, render);
      const figure = { id: meta.id, caption: meta.caption, number: diagrams.length + 1 };
      diagrams.push({ ...figure, keys: rendered.keys });
      const hast = fromHtml(figureHtml({ ...figure, light: rendered.light, dark: rendered.dark, base }), { fragment: true });
      parent.children[index] = { type: 'paragraph', children: [], data: { hName: 'div', hProperties: { className: ['figure-wrap'] }, hChildren: hast.children } };
    }
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.diagrams = diagrams;
  };
}
