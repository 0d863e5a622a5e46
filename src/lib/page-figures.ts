import type { NumberedTable } from './tables/table-model.ts';

/** A figure or table a reader can cite and download on its own. */
export interface PageFigure {
  /** Element id and URL fragment: fig-<id> or table-<id>. */
  anchor: string;
  kind: 'figure' | 'table';
  /** "Figure 2", "Table 1". */
  label: string;
  caption: string;
}

/**
 * The figures and tables of a page, from its model: its diagrams with the numbers the Markdown
 * pipeline (or the generated-figure list) gave them, then its numbered tables.
 */
export function pageFigures(diagrams: ReadonlyArray<{ id: string; number: number; caption: string }>, tables: ReadonlyArray<NumberedTable | undefined> = []): PageFigure[] {
  return [
    ...diagrams.map((d) => ({ anchor: `fig-${d.id}`, kind: 'figure' as const, label: `Figure ${d.number}`, caption: d.caption })),
    ...tables.filter((t): t is NumberedTable => t !== undefined).map((t) => ({ anchor: t.anchor, kind: 'table' as const, label: t.label, caption: t.caption })),
  ];
}

/** Where a table's downloads live: beside the page, named after its anchor. */
export function tableDownloadPaths(pagePath: string, anchor: string): { csv: string; svg: string } {
  const dir = pagePath.endsWith('/') ? pagePath : `${pagePath}/`;
  return { csv: `${dir}${anchor}.csv`, svg: `${dir}${anchor}.svg` };
}
