/**
 * BibTeX (biblatex) and RIS for the site's own pages, figures and tables.
 *
 * Written here rather than with citation-js (which formats the references the site cites)
 * because its output for these items fails in the tools readers import into: its BibTeX keys
 * are author-year-word and collide across pages (every figure was `HER22026Figure`), it writes
 * `month = {nov 25}`, and its RIS writer hard-wraps every line at 70 characters and cuts IDs to
 * 20. The site's own items have one fixed shape, so a direct writer is short and exact.
 */

/** One citable thing of the site: a page, or a figure or table on it. */
export interface ExportItem {
  kind: 'page' | 'figure' | 'table';
  /** Site-wide unique, stable key (see citationKey). */
  key: string;
  /** Page title, or "Figure 2. Caption" for a figure or table. */
  title: string;
  /** For a figure or table, the title of the page it is on. */
  pageTitle?: string;
  siteName: string;
  /** Group author, kept whole (never split into a person). */
  author: string;
  /** Last-reviewed date, YYYY-MM-DD: the version cited. */
  reviewed: string;
  url: string;
  abstract?: string;
}

/**
 * A citation key from a page path and, for a figure or table, its anchor: "her2gc-trials-toga",
 * "her2gc-agents-trastuzumab-fig-her2-binding". Paths and anchors are unique on the site, so keys are.
 */
export function citationKey(pagePath: string, anchor?: string): string {
  const slug = pagePath.replace(/^\/+|\/+$/g, '').replace(/[^A-Za-z0-9]+/g, '-') || 'home';
  return ['her2gc', slug, anchor?.replace(/[^A-Za-z0-9]+/g, '-')].filter(Boolean).join('-');
}

/** BibTeX's special characters, escaped so a title reads the same after import. */
function bibEscape(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * biblatex: `@online` with an ISO `date` (the reviewed version); titles and the group author in
 * double braces, so styles neither lower-case "ToGA" nor split the author into a person; the URL once.
 */
export function toBiblatex(item: ExportItem): string {
  const fields: Array<[string, string]> = [
    ['author', `{${bibEscape(item.author)}}`],
    ['title', `{${bibEscape(item.title)}}`],
  ];
  if (item.kind !== 'page' && item.pageTitle) fields.push(['titleaddon', `${item.kind === 'figure' ? 'Figure' : 'Table'} on the page “${bibEscape(item.pageTitle)}”`]);
  fields.push(['organization', bibEscape(item.siteName)], ['date', item.reviewed], ['version', `reviewed ${item.reviewed}`], ['url', item.url]);
  if (item.abstract) fields.push(['abstract', bibEscape(item.abstract)]);
  return `@online{${item.key},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}`;
}

/** RIS types: a page is an electronic source; EndNote's "Chart or Table" type is the only one for a table. */
const RIS_TYPES: Record<ExportItem['kind'], string> = { page: 'ELEC', figure: 'FIGURE', table: 'CHART' };

/** One RIS value on one line: RIS readers take a line break as the end of a tag. */
function risValue(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** RIS, one tag per line and never wrapped, with the website name, the version date and a whole ID. */
export function toRis(item: ExportItem): string {
  const [year, month, day] = item.reviewed.split('-');
  const tags: Array<[string, string]> = [
    ['TY', RIS_TYPES[item.kind]],
    ['ID', item.key],
    ['TI', item.title],
    ['T2', item.kind === 'page' ? item.siteName : (item.pageTitle ?? item.siteName)],
  ];
  if (item.kind !== 'page') tags.push(['T3', item.siteName]);
  tags.push(['PB', item.siteName], ['PY', year], ['DA', `${year}/${month}/${day}/`], ['ET', `reviewed ${item.reviewed}`], ['UR', item.url], ['LA', 'en']);
  if (item.abstract) tags.push(['AB', item.abstract]);
  return [...tags.map(([tag, value]) => `${tag}  - ${risValue(value)}`), 'ER  - '].join('\n') + '\n';
}
