import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

/** A site-relative link in prose ("/agents/x/") under the deployment's base path ("/her2/agents/x/"). */
export function withBase(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//') || base === '/') return url;
  return base.replace(/\/$/, '') + url;
}

/** Content writes links from the site root; a site hosted under a sub-path needs them prefixed. */
export function remarkBaseLinks({ base }: { base: string }) {
  return (tree: Root) => {
    visit(tree, ['link', 'definition'], (node) => {
      const link = node as { url: string };
      link.url = withBase(link.url, base);
    });
  };
}
