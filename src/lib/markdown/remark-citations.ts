import { visit, SKIP } from 'unist-util-visit';
import type { Root, Text, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { findCitations } from '../citations.ts';
import { contentError } from '../errors.ts';

interface Options {
  /** Every citation key that exists (the reference file names). */
  knownKeys: () => ReadonlySet<string>;
}

/**
 * Replaces `[@key]` with superscript numbered links to the page's reference list
 * (`#ref-<key>`) and records the keys, in order, in the entry's remark frontmatter
 * as `citations`, where the page reads them to build that list.
 */
export function remarkCitations({ knownKeys }: Options) {
  return (tree: Root, file: VFile) => {
    const order: string[] = [];
    const known = knownKeys();
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined) return;
      const matches = findCitations(node.value);
      if (matches.length === 0) return;
      const replacement: PhrasingContent[] = [];
      let cursor = 0;
      for (const match of matches) {
        if (match.index > cursor) replacement.push({ type: 'text', value: node.value.slice(cursor, match.index) });
        const links: PhrasingContent[] = [];
        match.keys.forEach((key, i) => {
          if (!known.has(key)) {
            throw contentError(
              file.path,
              `body, line ${node.position?.start.line ?? '?'}`,
              `unknown citation key "@${key}"`,
              `add content/references/${key}.json or correct the key`,
            );
          }
          if (!order.includes(key)) order.push(key);
          if (i > 0) links.push({ type: 'text', value: ',' });
          links.push({
            type: 'link',
            url: `#ref-${key}`,
            children: [{ type: 'text', value: String(order.indexOf(key) + 1) }],
            data: { hProperties: { 'data-cite': key, 'aria-label': `Reference ${order.indexOf(key) + 1}` } },
          });
        });
        replacement.push({ type: 'emphasis', children: links, data: { hName: 'sup', hProperties: { className: ['cite'], dataPagefindIgnore: '' } } });
        cursor = match.index + match.length;
      }
      if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.citations = order;
  };
}
