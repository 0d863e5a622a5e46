import type { APIRoute } from 'astro';
import { allFigures, type SiteFigure } from '../../data/figures.ts';
import { projectDiagramCache as cache } from '../../lib/diagrams/project.ts';
import { standaloneSvg } from '../../lib/diagrams/figure.ts';

/** Each diagram as a standalone SVG file (light theme) for slides and handouts. */
export async function getStaticPaths() {
  const figures = await allFigures(import.meta.env.BASE_URL);
  return figures.map((figure) => ({ params: { id: figure.id }, props: { figure } }));
}

export const GET: APIRoute = ({ props }) => {
  const { figure } = props as { figure: SiteFigure };
  const svg = cache.get(figure.keys.light);
  if (!svg) throw new Error(`figure "${figure.id}" on ${figure.pagePath}: rendered SVG missing from diagram-cache/ (run npm run diagrams)`);
  return new Response(standaloneSvg(svg, `fig-${figure.id}`), { headers: { 'Content-Type': 'image/svg+xml' } });
};
