import type { APIRoute } from 'astro';
import { downloadableFigures, figureDownloadSvg, type DownloadableFigure } from '../../data/figure-downloads.ts';
import type { Theme } from '../../lib/downloads/footer.ts';

/** Each diagram as a standalone SVG for slides and handouts, in the light (<id>.svg) and dark (<id>-dark.svg) theme, with its footer. */
export async function getStaticPaths() {
  return (await downloadableFigures(import.meta.env.BASE_URL)).flatMap((download) =>
    (['light', 'dark'] as const).map((theme) => ({
      params: { id: theme === 'dark' ? `${download.figure.id}-dark` : download.figure.id },
      props: { download, theme },
    })),
  );
}

export const GET: APIRoute = ({ props, site }) => {
  const { download, theme } = props as { download: DownloadableFigure; theme: Theme };
  return new Response(figureDownloadSvg(download, theme, site!.href), { headers: { 'Content-Type': 'image/svg+xml' } });
};
