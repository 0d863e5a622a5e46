/**
 * Mermaid numbers some ids by render order and leaves others unscoped, so two
 * diagrams on one page (or the light and dark copy of one) collide and bytes
 * depend on render order. Rename every id to `<prefix>-<n>` in order of
 * appearance and rewrite every reference to it: output becomes deterministic
 * and ids unique per page.
 */
export function scopeSvgIds(svg: string, prefix: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  const renamed = new Map<string, string>();
  for (const id of ids) if (!renamed.has(id)) renamed.set(id, `${prefix}-${renamed.size}`);
  const rename = (id: string) => renamed.get(id) ?? id;
  return svg
    .replace(/(\sid=")([^"]+)(")/g, (_, a: string, id: string, b: string) => a + rename(id) + b)
    .replace(/(\s(?:aria-labelledby|aria-describedby)=")([^"]+)(")/g, (_, a: string, list: string, b: string) => a + list.split(/\s+/).map(rename).join(' ') + b)
    .replace(/#([A-Za-z_][\w-]*)/g, (whole, id: string) => (renamed.has(id) ? `#${rename(id)}` : whole));
}

/** Internal links in diagram nodes are written site-absolute ("/mechanisms/x/"); prefix the base path. */
export function prefixSvgLinks(svg: string, base: string): string {
  const trimmed = base.replace(/\/$/, '');
  if (!trimmed) return svg;
  return svg.replace(/((?:xlink:)?href=")\/(?!\/)/g, `$1${trimmed}/`);
}
