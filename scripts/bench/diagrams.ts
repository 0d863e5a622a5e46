/**
 * Renders, into a corpus copy's diagram cache and before its build is timed, the
 * diagrams a synthetic corpus changes: the three generated from the data (HER
 * family, development timeline, mechanism overview map, drawn on the home page
 * and /mechanisms/) and the copied page diagrams whose node links had to be
 * pointed at other entries. Every other diagram is a byte-for-byte copy of a
 * real one and hits the committed cache, as it would on a site whose diagrams
 * were rendered once with `npm run diagrams`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/files.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { generatedFigures } from '../../src/data/generated-figures.ts';
import { DiagramCache } from '../../src/lib/diagrams/cache.ts';
import { renderDiagram } from '../../src/lib/diagrams/render.ts';
import { closeBrowser } from '../../src/lib/diagrams/browser.ts';
import { extractDiagrams } from '../../src/lib/diagrams/source.ts';
import type { SiteData } from '../../src/lib/site-data.ts';

export async function prerenderChangedDiagrams(projectDir: string): Promise<{ generated: number; rendered: number }> {
  const { entries, errors: loadErrors } = loadContent(join(projectDir, 'content'));
  const { errors, checked } = checkContent(entries);
  const problems = [...loadErrors, ...errors];
  if (problems.length > 0)
    throw new Error(
      `synthetic content in ${projectDir} fails its check:\n${problems
        .slice(0, 10)
        .map((e) => e.message)
        .join('\n')}`,
    );
  const of = (collection: string) => checked.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.parsed }));
  const data = { agents: of('agents'), mechanisms: of('mechanisms'), trials: of('trials'), references: of('references'), referenceById: new Map() } as unknown as SiteData;
  const generated = Object.values(generatedFigures(data)).flat();
  const requests = [
    ...generated.map((figure) => ({ source: figure.source, file: 'src/lib/diagrams/generated.ts', where: `generated diagram "${figure.id}"` })),
    ...entries.flatMap((entry) => extractDiagrams(entry.body).map((d) => ({ source: d.source, file: entry.file, where: `diagram "${d.meta.id}" at line ${d.line}` }))),
  ];
  const cache = new DiagramCache(join(projectDir, 'diagram-cache'));
  const svgs = () => (existsSync(cache.dir) ? readdirSync(cache.dir).filter((f) => f.endsWith('.svg')).length : 0);
  const before = svgs();
  try {
    for (const request of requests) await renderDiagram(request, cache, true);
  } finally {
    await closeBrowser();
  }
  return { generated: generated.length, rendered: svgs() - before };
}
