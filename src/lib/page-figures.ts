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

type Diagram = { id: string; number: number; caption: string };

/**
 * The figures and tables of a page, from its model, in the order the page shows them: each
 * argument is a run of diagrams (numbered by the Markdown pipeline or the generated-figure list)
 * or of numbered tables; absent tables are skipped.
 */
export function pageFigures(...inPageOrder: ReadonlyArray<ReadonlyArray<Diagram | NumberedTable | undefined>>): PageFigure[] {
  return inPageOrder.flat().flatMap((item): PageFigure[] => {
    if (!item) return [];
    if ('anchor' in item) return [{ anchor: item.anchor, kind: 'table', label: item.label, caption: item.caption }];
    return [{ anchor: `fig-${item.id}`, kind: 'figure', label: `Figure ${item.number}`, caption: item.caption }];
  });
}

/** Where a table's downloads live, without the extension: beside the page, named after its anchor. */
export function tableDownloadStem(pagePath: string, anchor: string): string {
  return `${pagePath.endsWith('/') ? pagePath : `${pagePath}/`}${anchor}`;
}

/** The links to a table's downloads (the endpoints write the same stem plus .csv and .svg). */
export function tableDownloadPaths(pagePath: string, anchor: string): { csv: string; svg: string } {
  const stem = tableDownloadStem(pagePath, anchor);
  return { csv: `${stem}.csv`, svg: `${stem}.svg` };
}
