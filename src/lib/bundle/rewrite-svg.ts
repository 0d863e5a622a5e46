import { optimize } from 'svgo';

/**
 * Rewrites the link targets (href, xlink:href) of a standalone SVG file with `rewrite`. The file
 * is parsed and printed by SVGO with only this one plugin, so nothing else about it changes;
 * when no link changes, the original text comes back untouched.
 */
export function rewriteSvgLinks(svg: string, rewrite: (url: string) => string, path: string): string {
  let changed = false;
  const result = optimize(svg, {
    path,
    plugins: [
      {
        name: 'rewrite-links',
        fn: () => ({
          element: {
            enter: (node) => {
              for (const name of ['href', 'xlink:href']) {
                const value = node.attributes[name];
                if (value === undefined) continue;
                const next = rewrite(value);
                if (next !== value) {
                  node.attributes[name] = next;
                  changed = true;
                }
              }
            },
          },
        }),
      },
    ],
  });
  return changed ? result.data : svg;
}
