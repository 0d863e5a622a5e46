import { allFigures, type SiteFigure } from './figures.ts';
import { projectDiagramCache as cache } from '../lib/diagrams/project.ts';
import { standaloneSvg } from '../lib/diagrams/figure.ts';
import { svgWithFooter, type Theme } from '../lib/downloads/footer.ts';
import { siteData } from './collections.ts';
import { permalink } from '../lib/urls.ts';
import { SITE_NAME } from '../site.config.ts';

/** A figure ready for download: the figure and the short labels of the references it rests on. */
export interface DownloadableFigure {
  figure: SiteFigure;
  sources: string[];
}

/** Every figure on the site with its footer's source labels ("Bang et al., 2010"). */
export async function downloadableFigures(base: string): Promise<DownloadableFigure[]> {
  const figures = await allFigures(base);
  const { sourceName } = await siteData();
  return figures.map((figure) => ({ figure, sources: figure.sources.map(sourceName) }));
}

/** The standalone SVG of a figure in one theme, footer inside: what the SVG download is and what the PNG is rasterised from. */
export function figureDownloadSvg({ figure, sources }: DownloadableFigure, theme: Theme, siteHref: string): string {
  const svg = cache.get(figure.keys[theme]);
  if (!svg) throw new Error(`figure "${figure.id}" on ${figure.pagePath}: rendered ${theme} SVG missing from diagram-cache/ (run npm run diagrams)`);
  const info = {
    caption: `Figure ${figure.number}. ${figure.caption}`,
    siteName: SITE_NAME,
    url: `${permalink(siteHref, figure.pagePath)}#fig-${figure.id}`,
    reviewed: figure.reviewed,
    sources,
  };
  return svgWithFooter(standaloneSvg(svg, `fig-${figure.id}`), info, theme);
}
