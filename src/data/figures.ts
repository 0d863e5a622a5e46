import { getCollection, render } from 'astro:content';
import type { PageDiagram } from '../lib/markdown/remark-mermaid.ts';
import { entryPath, withBase } from '../lib/urls.ts';
import { renderDiagram } from '../lib/diagrams/render.ts';
import { projectDiagramCache, renderDiagramMisses } from '../lib/diagrams/project.ts';
import { siteData } from './collections.ts';
import { generatedFigures } from './generated-figures.ts';
import { latestReview } from '../lib/site-version.ts';

/** A diagram with the page it appears on, for standalone downloads and figure indexes. */
export interface SiteFigure extends PageDiagram {
  pagePath: string;
  /** The page's last-reviewed date: the version a download names. */
  reviewed: string;
  /** Reference keys the figure rests on: the data behind a generated figure, else the citations of the page it sits on. */
  sources: string[];
}

interface FigureModule {
  frontmatter: { diagrams?: PageDiagram[]; citations?: string[] };
}

/** Every diagram on the site: in entry bodies, in the site-level figure files (src/figures) and generated from the data. */
export async function allFigures(base: string): Promise<SiteFigure[]> {
  const figures: SiteFigure[] = [];
  for (const kind of ['agents', 'mechanisms', 'trials'] as const) {
    for (const entry of await getCollection(kind)) {
      const { remarkPluginFrontmatter } = await render(entry);
      const sources = (remarkPluginFrontmatter.citations as string[] | undefined) ?? [];
      for (const d of (remarkPluginFrontmatter.diagrams as PageDiagram[] | undefined) ?? []) {
        figures.push({ ...d, pagePath: entryPath(base, kind, entry.id), reviewed: entry.data.reviewed, sources });
      }
    }
  }
  const data = await siteData();
  // The home page and the mechanisms overview are dated by the newest review of what they show, as their pages are.
  const homeReviewed = latestReview([...data.agents, ...data.mechanisms, ...data.trials]);
  const siteFigures = import.meta.glob<FigureModule>('../figures/*.mdx', { eager: true });
  for (const module of Object.values(siteFigures)) {
    for (const d of module.frontmatter.diagrams ?? []) figures.push({ ...d, pagePath: withBase(base, ''), reviewed: homeReviewed, sources: module.frontmatter.citations ?? [] });
  }
  const generated = generatedFigures(data);
  const pages = { agents: withBase(base, 'agents/'), timeline: withBase(base, 'timeline/'), mechanisms: withBase(base, 'mechanisms/') };
  const reviewed = { agents: latestReview(data.agents), timeline: latestReview(data.agents), mechanisms: latestReview(data.mechanisms) };
  for (const [page, diagrams] of Object.entries(generated) as Array<[keyof typeof pages, typeof generated.agents]>) {
    for (const d of diagrams) {
      // Rendering here (a cache hit in normal builds) guarantees the SVG exists even if this runs before the page does.
      const { keys } = await renderDiagram(
        { source: d.source, file: 'src/lib/diagrams/generated.ts', where: `generated diagram "${d.id}"` },
        projectDiagramCache,
        renderDiagramMisses,
      );
      figures.push({ id: d.id, caption: d.caption, number: d.number, keys, pagePath: pages[page], reviewed: reviewed[page], sources: d.sources });
    }
  }
  return figures;
}
