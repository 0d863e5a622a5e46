import type { APIRoute } from 'astro';
import { tableCsv, tableDownloads, type TableDownload } from '../data/table-downloads.ts';

/** Each table as CSV beside its page (/trials/toga/table-comparisons.csv), from the page model. */
export async function getStaticPaths() {
  return (await tableDownloads()).map((download) => ({ params: { table: download.file }, props: { download } }));
}

export const GET: APIRoute = ({ props }) => {
  const { download } = props as { download: TableDownload };
  return new Response(tableCsv(download), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
