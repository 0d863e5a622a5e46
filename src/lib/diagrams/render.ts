import { createRequire } from 'node:module';
import { contentError } from '../errors.ts';
import { DiagramCache, TamperedCacheError, diagramCacheKey } from './cache.ts';
import { svgProblems } from './svg-safety.ts';
import { diagramThemes, type DiagramTheme } from './config.ts';
import { normaliseSource, withAccessibleText } from './source.ts';

const require = createRequire(import.meta.url);
export const MERMAID_VERSION: string = (require('mermaid/package.json') as { version: string }).version;

export type RenderedDiagram = Record<DiagramTheme, string> & { keys: Record<DiagramTheme, string> };

export interface RenderRequest {
  source: string;
  /** File the diagram comes from, for error messages. */
  file: string | undefined;
  /** Where in the file (e.g. "line 42" or "diagram her2-testing"). */
  where: string;
}

/**
 * Returns the light and dark SVG of a diagram from the committed cache.
 * A miss renders in Chromium when `render` is on (`npm run diagrams`); otherwise
 * it fails, naming the file and the command that renders it.
 */
export async function renderDiagram(request: RenderRequest, cache: DiagramCache, render: boolean): Promise<RenderedDiagram> {
  const source = normaliseSource(request.source);
  const out = { keys: {} } as RenderedDiagram;
  for (const theme of diagramThemes) {
    const key = diagramCacheKey(source, theme, MERMAID_VERSION);
    out.keys[theme] = key;
    let svg: string | undefined;
    try {
      svg = cache.get(key);
    } catch (error) {
      if (error instanceof TamperedCacheError) throw contentError(request.file, request.where, `tampered diagram cache file (${theme} theme): ${error.message}`);
      throw error;
    }
    if (svg === undefined) {
      if (!render) {
        throw contentError(
          request.file,
          request.where,
          `diagram not rendered yet (${theme} theme, cache key ${key})`,
          'run `npm run diagrams` on a machine with Chromium and commit diagram-cache/',
        );
      }
      const { renderInBrowser } = await import('./browser.ts');
      try {
        svg = await renderInBrowser(source, theme);
      } catch (error) {
        throw contentError(request.file, request.where, `Mermaid could not render this diagram: ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`);
      }
      cache.set(key, svg);
    }
    const problems = svgProblems(svg);
    if (problems.length > 0) {
      throw contentError(
        request.file,
        request.where,
        `the rendered ${theme} SVG (${cache.path(key)}) contains ${problems.join('; ')}`,
        'a diagram may hold only text, shapes and links to this site; check its source for HTML or directives, and do not edit diagram-cache/ by hand',
      );
    }
    out[theme] = withAccessibleText(svg, source);
  }
  return out;
}
