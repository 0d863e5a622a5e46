/**
 * What a diagram SVG may not contain before the site inlines it or serves it from /figures/:
 * anything that runs script or loads from elsewhere. Mermaid's own output (with HTML labels off)
 * has none of these; a hand-edited cache file or a hostile diagram source might.
 */
export function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  if (/<script\b/i.test(svg)) problems.push('a <script> element');
  const handler = /\son[a-z]+\s*=/i.exec(svg);
  if (handler) problems.push(`an event-handler attribute (${handler[0].trim()})`);
  if (/<foreignObject\b/i.test(svg)) problems.push('a <foreignObject> (HTML inside the SVG)');
  for (const match of svg.matchAll(/\b(?:xlink:)?href\s*=\s*["']\s*([^"']*)["']/gi)) {
    if (!/^(\/(?!\/)|#)/.test(match[1])) problems.push(`a link or reference to "${match[1].slice(0, 60)}" (only this site's pages and #anchors are allowed)`);
  }
  for (const match of svg.matchAll(/url\(\s*['"]?([^)'"]*)/gi)) {
    if (!match[1].startsWith('#')) problems.push(`a CSS url(${match[1].slice(0, 60)}) that loads from elsewhere`);
  }
  if (/@import\b/i.test(svg)) problems.push('a CSS @import');
  if (/javascript:/i.test(svg)) problems.push('a javascript: URL');
  if (/<(iframe|embed|object|image|img|use)\b[^>]*\b(?:xlink:)?href\s*=\s*["'](?!#)/i.test(svg)) problems.push('an element that embeds another document');
  return [...new Set(problems)];
}
