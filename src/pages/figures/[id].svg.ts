import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { allFigures, type SiteFigure } from '../../data/figures.ts';
import { projectDiagramCache as cache } from '../../lib/diagrams/project.ts';
import { standaloneSvg } from '../../lib/diagrams/figure.ts';
import { shortReference, svgWithFooter, type Theme } from '../../lib/downloads/footer.ts';
import { permalink } from '../../lib/urls.ts';
import { SITE_NAME } from '../../site.config.ts';

/** Each diagram as a standalone SVG for slides and handouts, in the light (<id>.svg) and dark (<id>-dark.svg) theme, with its footer. */
export async function getStaticPaths() {
  const figures = await allFigures(import.meta.env.BASE_URL);
  const references = new Map((await getCollection('references')).map((r) => [r.id, shortReference(r.data)]));
  return figures.flatMap((figure) => {
    const sources = figure.sources.map((key) => references.get(key) ?? key);
    return (['light', 'dark'] as const).map((theme) => ({
      params: { id: theme === 'dark' ? `${figure.id}-dark` : figure.id },
      props: { figure, theme, sources },
    }));
  });
}

export const GET: APIRoute = ({ props, site }) => {
  const { figure, theme, sources } = props as { figure: SiteFigure; theme: Theme; sources: string[] };
  const svg = cache.get(figure.keys[theme]);
  if (!svg) throw new Error(`figure "${figure.id}" on ${figure.pagePath}: rendered ${theme} SVG missing from diagram-cache/ (run npm run diagrams)`);
  const info = {
    caption: `Figure ${figure.number}. ${figure.caption}`,
    siteName: SITE_NAME,
    url: `${permalink(site!.href, figure.pagePath)}#fig-${figure.id}`,
    reviewed: figure.reviewed,
    sources,
  };
  return new Response(svgWithFooter(standaloneSvg(svg, `fig-${figure.id}`), info, theme), { headers: { 'Content-Type': 'image/svg+xml' } });
};
