import type { Node } from 'unist';
import { unsafeMdxConstructs } from '../content/safe-mdx.ts';

/**
 * The build's own guard: the content check refuses these constructs before the build starts, and
 * this stops a body that reaches the Markdown pipeline another way before any of it runs or is published.
 */
export function remarkSafeContent() {
  return (tree: Node, file: { path?: string }) => {
    const [first, ...rest] = unsafeMdxConstructs(tree);
    if (!first) return;
    const where = `${file.path ?? 'content'}${first.line ? `: body, line ${first.line}` : ''}`;
    throw new Error(`${where}: ${first.construct} is not allowed in content (${first.advice})${rest.length ? `; and ${rest.length} more` : ''}`);
  };
}
