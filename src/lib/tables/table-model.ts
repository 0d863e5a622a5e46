/**
 * A table as the page model holds it: what the page shows (its anchor and caption; the
 * component renders the rows from the same derived data) and what its downloads hold (the
 * text of every cell and the references cited in it). Derived from the collections before
 * anything renders, so downloads never read the built page.
 */
export interface TableModel {
  /** Element id and URL fragment, "table-…": the name of its CSV and SVG downloads too. */
  anchor: string;
  /** Caption text, without the number ("Trials compared (27)"). */
  caption: string;
  header: string[];
  /** Each body row's cell text as a reader would copy it: values, units and flags, no citation numbers. */
  rows: string[][];
  /** Reference ids cited in the table, in order of first appearance. */
  sources: string[];
}

/** A table with its number on its page. */
export interface NumberedTable extends TableModel {
  number: number;
  /** "Table 2". */
  label: string;
}

/**
 * Numbers a run of a page's tables in the order the page shows them, from `first` (a later run on
 * the page continues the count); each keeps the rows its component renders.
 */
export function numberTables<T extends TableModel>(tables: readonly T[], first = 1): Array<T & NumberedTable> {
  const seen = new Set<string>();
  return tables.map((table, i) => {
    if (seen.has(table.anchor)) throw new Error(`Two tables on one page share the anchor "${table.anchor}"`);
    seen.add(table.anchor);
    return { ...table, number: first + i, label: `Table ${first + i}` };
  });
}

/** The distinct reference ids of a table's cells, in order of first appearance. */
export function citedIn(...groups: ReadonlyArray<ReadonlyArray<string | { id: string }>>): string[] {
  return [...new Set(groups.flat().map((ref) => (typeof ref === 'string' ? ref : ref.id)))];
}

/** A value followed by its secondary text in brackets, when there is any: "ToGA (Phase 3 · First line)". */
export function withDetail(text: string, detail: string | undefined): string {
  return detail ? `${text} (${detail})` : text;
}

/** Flags that qualify a value, as the page's badges say them: "47.3% [not verified]". */
export function withFlags(text: string, flags: ReadonlyArray<string | false | undefined>): string {
  return [text, ...flags.filter((flag): flag is string => Boolean(flag)).map((flag) => `[${flag}]`)].join(' ');
}

/**
 * Anchor for a table that has no name of its own: its caption as a slug, so it stays put when
 * tables are added around it. A trailing count ("Agents compared (22)") is left out: it changes
 * with the data.
 */
export function tableAnchor(caption: string): string {
  const slug = caption
    .replace(/\s*\(\d+\)\s*$/, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return `table-${slug || 'data'}`;
}
