import type { APIRoute } from 'astro';
import { tableDownloadSvg, tableDownloads, type TableDownload } from '../data/table-downloads.ts';

/** Each table as a slide-ready SVG beside its page (/trials/toga/table-comparisons.svg), from the page model. */
export async function getStaticPaths() {
  return (await tableDownloads()).map((download) => ({ params: { table: download.file }, props: { download } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { download } = props as { download: TableDownload };
  return new Response(await tableDownloadSvg(download, site!.href, import.meta.env.BASE_URL), { headers: { 'Content-Type': 'image/svg+xml' } });
};
