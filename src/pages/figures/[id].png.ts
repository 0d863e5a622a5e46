import type { APIRoute } from 'astro';
import { downloadableFigures, figureDownloadSvg, type DownloadableFigure } from '../../data/figure-downloads.ts';
import { slidePng } from '../../lib/diagrams/slide-png.ts';

/** Each diagram as a slide-resolution PNG (light theme, at least 1920 px wide), rasterised from its SVG download, footer and all. */
export async function getStaticPaths() {
  return (await downloadableFigures(import.meta.env.BASE_URL)).map((download) => ({ params: { id: download.figure.id }, props: { download } }));
}

export const GET: APIRoute = ({ props, site }) => {
  const { download } = props as { download: DownloadableFigure };
  const png = slidePng(figureDownloadSvg(download, 'light', site!.href));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
