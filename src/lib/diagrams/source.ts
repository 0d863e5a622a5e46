/**
 * Mermaid diagrams are written as fenced blocks in MDX:
 *
 *   ```mermaid id="adc-mechanism" caption="How an antibody-drug conjugate kills a HER2-positive cell"
 *   flowchart LR
 *     accTitle: ...
 *     accDescr: ...
 *   ```
 *
 * The id gives the figure its anchor (#fig-<id>) and download name; the caption is shown under it.
 */
export interface DiagramMeta {
  id: string;
  caption: string;
}

export interface DiagramProblem {
  field: string;
  problem: string;
}

const META_PATTERN = /(\w+)=(?:"([^"]*)"|(\S+))/g;

export function parseDiagramMeta(meta: string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of (meta ?? '').matchAll(META_PATTERN)) out[match[1]] = match[2] ?? match[3];
  return out;
}

/** Whitespace-normalised source, so an edit that changes only indentation keeps its cached render. */
export function normaliseSource(source: string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** Problems a reader would hit: no id, no caption, or no accessible title/description. */
export function lintDiagram(meta: Record<string, string>, source: string): DiagramProblem[] {
  const problems: DiagramProblem[] = [];
  if (!meta.id) problems.push({ field: 'id', problem: 'a diagram needs id="..." after ```mermaid' });
  else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(meta.id)) problems.push({ field: 'id', problem: `diagram id "${meta.id}" must be kebab-case` });
  if (!meta.caption) problems.push({ field: 'caption', problem: 'a diagram needs caption="..." after ```mermaid' });
  if (!/^\s*accTitle\s*:/m.test(source)) problems.push({ field: 'accTitle', problem: 'a diagram needs an `accTitle:` line (its accessible name)' });
  if (!/^\s*accDescr\s*[:{]/m.test(source)) problems.push({ field: 'accDescr', problem: 'a diagram needs an `accDescr:` line (its accessible description)' });
  // The site's diagram settings (theme, fonts, no HTML labels) are fixed; a directive would override them.
  if (/%%\s*\{/.test(source)) problems.push({ field: 'directive', problem: 'a diagram may not carry a %%{init}%% or %%{config}%% directive; the site sets every diagram option' });
  if (/^\s*---\s*$/m.test(source.split('\n').slice(0, 2).join('\n')))
    problems.push({ field: 'directive', problem: 'a diagram may not carry a frontmatter config block; the site sets every diagram option' });
  const tag = /<\s*\/?\s*[a-z][^>]*>/i.exec(source);
  if (tag)
    problems.push({
      field: 'label',
      problem: `HTML ${JSON.stringify(tag[0].slice(0, 40))} is not allowed in a diagram; write plain text (a line break is a new node or a shorter label)`,
    });
  if (/javascript:/i.test(source)) problems.push({ field: 'click', problem: 'a diagram link may not use javascript:' });
  for (const match of source.matchAll(/^\s*click\s+\S+\s+(?:href\s+)?"([^"]*)"/gm)) {
    if (!match[1].startsWith('/')) problems.push({ field: 'click', problem: `diagram link "${match[1]}" must be a page of this site (a path starting with /)` });
  }
  if (/^\s*click\s+\S+\s+(call|callback)\b/m.test(source)) problems.push({ field: 'click', problem: 'a diagram may not call JavaScript; use click X href "/path/"' });
  return problems;
}

export interface ExtractedDiagram extends DiagramMeta {
  source: string;
  line: number;
}

const FENCE_PATTERN = /^```mermaid([^\n]*)\n([\s\S]*?)^```\s*$/gm;

/** Every mermaid block in an MDX file, with the line it starts on (for error messages). */
export function extractDiagrams(mdx: string): Array<{ meta: Record<string, string>; source: string; line: number }> {
  return [...mdx.matchAll(FENCE_PATTERN)].map((match) => ({
    meta: parseDiagramMeta(match[1]),
    source: match[2],
    line: mdx.slice(0, match.index).split('\n').length,
  }));
}

/** A diagram's accessible title and description from its `accTitle:` and `accDescr:` (or `accDescr { ... }`) lines. */
export function accessibleText(source: string): { title?: string; description?: string } {
  const title = /^\s*accTitle\s*:\s*(.+?)\s*$/m.exec(source)?.[1];
  const line = /^\s*accDescr\s*:\s*(.+?)\s*$/m.exec(source)?.[1];
  const block = /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(source)?.[1]?.replace(/\s+/g, ' ').trim();
  return { title, description: line ?? block };
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Mermaid writes <title> and <desc> from accTitle/accDescr for most diagram types but not
 * for all (its timeline writes neither), which leaves that figure without an accessible name.
 * Adds whichever is missing as the SVG's first children, from the diagram's own source.
 */
export function withAccessibleText(svg: string, source: string): string {
  const { title, description } = accessibleText(source);
  const add = [
    title && !/<title[\s>]/.test(svg) ? `<title>${xmlText(title)}</title>` : '',
    description && !/<desc[\s>]/.test(svg) ? `<desc>${xmlText(description)}</desc>` : '',
  ].join('');
  return add ? svg.replace(/^(\s*<svg\b[^>]*>)/, `$1${add}`) : svg;
}
