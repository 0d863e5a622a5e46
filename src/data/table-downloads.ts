import { csvFromRows } from '../lib/csv.ts';
import { tableSvg } from '../lib/downloads/table-svg.ts';
import type { NumberedTable } from '../lib/tables/table-model.ts';
import { tableDownloadStem } from '../lib/page-figures.ts';
import { permalink, withBase } from '../lib/urls.ts';
import { SITE_NAME } from '../site.config.ts';
import { siteData } from './collections.ts';
import { allPageTables } from './page-tables.ts';

/** One table's downloads: where they go (relative to the base, without the extension) and what they are made from. */
export interface TableDownload {
  /** "trials/toga/table-comparisons": the CSV and SVG are this plus ".csv" and ".svg". */
  file: string;
  pagePath: string;
  reviewed: string;
  table: NumberedTable;
}

/** Every table of every page, for its CSV and slide SVG beside the page. */
export async function tableDownloads(): Promise<TableDownload[]> {
  return (await allPageTables()).flatMap((page) =>
    page.tables.map((table) => ({ file: tableDownloadStem(page.path, table.anchor), pagePath: page.path, reviewed: page.reviewed, table })),
  );
}

/** The CSV: the header row, then every body row, as the page's model gives them. */
export function tableCsv({ table }: TableDownload): string {
  return csvFromRows([table.header, ...table.rows]);
}

/** The slide-ready SVG, with the footer naming the table, the page's address, its review date and the table's sources. */
export async function tableDownloadSvg({ table, pagePath, reviewed }: TableDownload, siteHref: string, base: string): Promise<string> {
  const { sourceName } = await siteData();
  const sources = table.sources.map(sourceName);
  const info = { caption: `${table.label}. ${table.caption}`, siteName: SITE_NAME, url: `${permalink(siteHref, withBase(base, pagePath))}#${table.anchor}`, reviewed, sources };
  return tableSvg({ header: table.header, rows: table.rows }, info);
}
