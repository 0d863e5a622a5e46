/**
 * The home page and /mechanisms/ draw three diagrams generated from the data
 * (HER family, development timeline, mechanism overview map). A synthetic corpus
 * changes their sources, so they would miss the committed cache; they are rendered
 * into the copy's cache before its build is timed. Diagrams in page bodies are
 * copies of real ones and hit the cache.
 */
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/files.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { generatedFigures } from '../../src/data/generated-figures.ts';
import { DiagramCache } from '../../src/lib/diagrams/cache.ts';
import { renderDiagram } from '../../src/lib/diagrams/render.ts';
import { closeBrowser } from '../../src/lib/diagrams/browser.ts';
import type { SiteData } from '../../src/data/collections.ts';

export async function prerenderGeneratedFigures(projectDir: string): Promise<number> {
  const { entries, errors: loadErrors } = loadContent(join(projectDir, 'content'));
  const { errors, checked } = checkContent(entries);
  const problems = [...loadErrors, ...errors];
  if (problems.length > 0) throw new Error(`synthetic content in ${projectDir} fails its check:\n${problems.slice(0, 10).map((e) => e.message).join('\n')}`);
  const of = (collection: string) => checked.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.parsed }));
  const data = { agents: of('agents'), mechanisms: of('mechanisms'), trials: of('trials'), references: of('references'), referenceById: new Map() } as unknown as SiteData;
  const figures = Object.values(generatedFigures(data)).flat();
  const cache = new DiagramCache(join(projectDir, 'diagram-cache'));
  try {
    for (const figure of figures) await renderDiagram({ source: figure.source, file: 'src/lib/diagrams/generated.ts', where: `generated diagram "${figure.id}"` }, cache, true);
  } finally {
    await closeBrowser();
  }
  return figures.length;
}
