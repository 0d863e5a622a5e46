import { visit } from 'unist-util-visit';
import type { Node } from 'unist';

/**
 * Content is data: a contributed body may only hold Markdown, citations and diagrams. MDX would
 * also run JavaScript at build time (`import`, `export`, `{expressions}`) and publish any HTML or
 * JSX element, so those are refused here, in the content check and again inside the build.
 *
 * The site's own components a body may use, with the props each accepts. Bodies use none today;
 * add one here, with a props check, before content may use it.
 */
export const ALLOWED_COMPONENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map();

/** Link targets a body may use: the web, e-mail, a page of this site, or an anchor on the page. */
export function isSafeLinkTarget(url: string): boolean {
  const target = url.trim();
  if (/^(https?:\/\/|mailto:)/i.test(target)) return true;
  if (target.startsWith('//')) return false;
  if (/^[/#]/.test(target)) return true;
  // Anything else with a scheme (javascript:, data:, vbscript:, file:) is refused; a bare relative path is not needed.
  return false;
}

export interface UnsafeConstruct {
  /** Line in the body (1-based), when the parser gave one. */
  line?: number;
  construct: string;
  advice: string;
}

interface Positioned extends Node {
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: Array<{ type: string; name?: string }>;
}

const snippet = (text = '') => (text.length > 40 ? `${text.slice(0, 37)}...` : text).replace(/\s+/g, ' ');

/** Every construct of an MDX body (mdast from remark-mdx) that content may not use. */
export function unsafeMdxConstructs(tree: Node): UnsafeConstruct[] {
  const found: UnsafeConstruct[] = [];
  visit(tree, (node: Positioned) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        found.push({ line, construct: `\`${snippet(node.value)}\` (import or export)`, advice: 'content cannot import or export code; remove the line' });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        found.push({ line, construct: `\`{${snippet(node.value)}}\` (a JavaScript expression)`, advice: 'write literal braces as \\{ and \\}, or use parentheses' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const allowed = node.name ? ALLOWED_COMPONENTS.get(node.name) : undefined;
        if (!allowed) {
          found.push({ line, construct: `<${node.name ?? ''}> (an HTML or JSX element)`, advice: 'use Markdown instead: **bold**, *italic*, [text](/path/), lists and tables; write a literal < as \\<' });
          break;
        }
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !allowed.has(attribute.name)) {
            found.push({ line, construct: `<${node.name}> attribute ${attribute.name ?? '{...}'}`, advice: `allowed attributes: ${[...allowed].join(', ') || 'none'}` });
          }
        }
        break;
      }
      case 'html':
        found.push({ line, construct: `raw HTML \`${snippet(node.value)}\``, advice: 'use Markdown instead of HTML' });
        break;
      case 'link':
      case 'definition':
        if (!isSafeLinkTarget(node.url ?? '')) found.push({ line, construct: `link to "${snippet(node.url)}"`, advice: 'link to an http(s) or mailto address, or to a page of this site starting with /' });
        break;
      case 'image':
        if (!(node.url ?? '').startsWith('/')) found.push({ line, construct: `image "${snippet(node.url)}"`, advice: 'images must be files of this site (a path starting with /)' });
        break;
    }
  });
  return found;
}
