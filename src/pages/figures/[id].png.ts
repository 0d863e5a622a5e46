import type { APIRoute } from 'astro';
import { downloadableFigures, figureDownloadSvg, type DownloadableFigure } from '../../data/figure-downloads.ts';
import { projectDiagramCache, renderDiagramMisses, slidePngs } from '../../lib/diagrams/project.ts';
import { slidePng } from '../../lib/diagrams/slide-png.ts';

/** Each diagram as a slide-resolution PNG (light theme, at least 1920 px wide), rasterised from its SVG download, footer and all. */
export async function getStaticPaths() {
  if (!slidePngs) return [];
  return (await downloadableFigures(import.meta.env.BASE_URL)).map((download) => ({ params: { id: download.figure.id }, props: { download } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { download } = props as { download: DownloadableFigure };
  const where = `figure "${download.figure.id}" on ${download.figure.pagePath}`;
  const png = await slidePng({ svg: figureDownloadSvg(download, 'light', site!.href), where }, projectDiagramCache, renderDiagramMisses);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
