import { resolve } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import { processShared } from '../process-shared.ts';

/**
 * Each MDX body is parsed once per build. The content check parses it (to refuse what content may
 * not contain and to report syntax errors by line) and keeps the tree; Astro's MDX renderer, through
 * remarkParsedOnce, takes that tree instead of parsing the file again. So the check parses exactly
 * what the renderer would: the file with its frontmatter blanked out (lines stay the file's own),
 * with the renderer's syntax (MDX, and GFM, which @astrojs/mdx turns on by default). A document
 * that differs from the one kept (an edit in `astro dev`) is parsed as usual.
 *
 * The check runs in the content layer and the renderer's plugin comes from astro.config.mjs: two
 * copies of this module, so the kept trees are process-wide.
 */
const parser = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });
const shared = processShared('body-trees', () => ({ kept: new Map<string, { document: string; tree: Root }>(), handedOver: 0, parsedAgain: 0 }));
const kept = shared.kept;

/** The text the MDX renderer parses for a file: the file with its frontmatter replaced by spaces. */
export function renderedDocument(source: string): string {
  return parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content;
}

/**
 * Parses a content file's body as the renderer will, and keeps the tree for it. Positions are the
 * file's own lines. Throws MDX syntax errors as @mdx-js/mdx reports them (with `line`).
 */
export function parseBody(file: string, source: string): Root {
  const document = renderedDocument(source);
  const tree = parser.parse(document) as Root;
  kept.set(resolve(file), { document, tree });
  return tree;
}

/** How many bodies the renderer took from the check, and how many it had to parse itself (the build log says). */
export const bodyParses = (): { handedOver: number; parsedAgain: number } => ({ handedOver: shared.handedOver, parsedAgain: shared.parsedAgain });

/** Remark plugin: the renderer's parser, but a body the content check already parsed is taken from it (once). */
export function remarkParsedOnce(this: Processor) {
  const parse = this.parser!;
  this.parser = (document, file) => {
    const key = file.path ? resolve(file.path.replace(/\?.*$/, '')) : undefined;
    const found = key ? kept.get(key) : undefined;
    if (!key || !found || found.document !== String(document)) {
      shared.parsedAgain += 1;
      return parse(document, file);
    }
    // The renderer's plugins change the tree in place: it is handed over, not shared.
    kept.delete(key);
    shared.handedOver += 1;
    return found.tree;
  };
}
