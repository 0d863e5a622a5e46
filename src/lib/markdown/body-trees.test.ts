import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { bodyParses, parseBody, remarkParsedOnce, renderedDocument } from './body-trees.ts';

const source = ['---', 'title: Fixmab', 'reviewed: 2026-01-01', '---', '', 'Fixmab binds HER2.', '', '| a | b |', '| - | - |', '| 1 | 2 |', ''].join('\n');
// The renderer as @astrojs/mdx builds it (MDX with GFM), with the plugin first among the remark plugins.
const renderer = () => createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm, remarkParsedOnce] });
const typesIn = (tree: Node) => {
  const types: string[] = [];
  visit(tree, (node) => void types.push(node.type));
  return types;
};

describe('each MDX body parsed once', () => {
  it('parses the file as the renderer does: frontmatter blanked, positions on the file’s own lines, GFM tables', () => {
    const tree = parseBody('content/agents/positions.mdx', source);
    const paragraph = tree.children.find((n) => n.type === 'paragraph')!;
    expect(paragraph.position?.start.line).toBe(6);
    expect(typesIn(tree)).toContain('table');
    expect(renderedDocument(source).split('\n')).toHaveLength(source.split('\n').length);
  });

  it('the renderer takes the kept tree instead of parsing, once; a second render or an edited file is parsed', async () => {
    const file = 'content/agents/handed.mdx';
    parseBody(file, source);
    const before = bodyParses();
    const first = await renderer().process(new VFile({ value: renderedDocument(source), path: resolve(file) }));
    expect(bodyParses()).toEqual({ handedOver: before.handedOver + 1, parsedAgain: before.parsedAgain });
    expect(String(first.value)).toContain('Fixmab binds HER2.');

    const again = await renderer().process(new VFile({ value: renderedDocument(source), path: resolve(file) }));
    expect(bodyParses()).toEqual({ handedOver: before.handedOver + 1, parsedAgain: before.parsedAgain + 1 });
    expect(String(again.value)).toBe(String(first.value));

    parseBody(file, source);
    const edited = source.replace('binds', 'targets');
    const output = await renderer().process(new VFile({ value: renderedDocument(edited), path: `${resolve(file)}?astroContentCollectionEntry=true` }));
    expect(String(output.value)).toContain('Fixmab targets HER2.');
    expect(bodyParses().parsedAgain).toBe(before.parsedAgain + 2);
  });
});
