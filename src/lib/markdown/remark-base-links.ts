import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { withBase } from '../urls.ts';

/** A site-relative link in prose ("/agents/x/") under the deployment's base path ("/her2/agents/x/"); other links unchanged. */
export function siteLinkWithBase(url: string, base: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? withBase(base, url) : url;
}

/** Content writes links from the site root; a site hosted under a sub-path needs them prefixed. */
export function remarkBaseLinks({ base }: { base: string }) {
  return (tree: Root) => {
    visit(tree, ['link', 'definition'], (node) => {
      const link = node as { url: string };
      link.url = siteLinkWithBase(link.url, base);
    });
  };
}
