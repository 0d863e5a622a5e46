import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RENDERER_REVISION, mermaidConfig, type DiagramTheme } from './config.ts';
import { normaliseSource } from './source.ts';

/**
 * Content-addressed store of rendered SVGs, committed to the repository so a
 * normal build needs no browser. The key covers everything that changes the output.
 */
export function diagramCacheKey(source: string, theme: DiagramTheme, mermaidVersion: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([RENDERER_REVISION, mermaidVersion, theme, mermaidConfig(theme), normaliseSource(source)]));
  return hash.digest('hex').slice(0, 24);
}

/** The hash of a rendered SVG, recorded when it is rendered, so a file changed later by hand is noticed. */
export function svgDigest(svg: string): string {
  return createHash('sha256').update(svg).digest('hex');
}

/** A cache file that is not what the renderer wrote. */
export class TamperedCacheError extends Error {}

export class DiagramCache {
  readonly dir: string;
  #manifest: Record<string, string> | undefined;

  constructor(dir: string) {
    this.dir = dir;
  }

  path(key: string): string {
    return join(this.dir, `${key}.svg`);
  }

  get manifestPath(): string {
    return join(this.dir, 'manifest.json');
  }

  /** key -> sha256 of the SVG the renderer wrote for it. */
  manifest(): Record<string, string> {
    this.#manifest ??= existsSync(this.manifestPath) ? (JSON.parse(readFileSync(this.manifestPath, 'utf8')) as Record<string, string>) : {};
    return this.#manifest;
  }

  /**
   * The SVG for a key, or undefined on a miss. A file whose content is not what the renderer
   * recorded is refused, never re-rendered silently: a reviewer must see that it changed.
   */
  get(key: string): string | undefined {
    // `npm run diagrams -- --prune` lists every key a build reads (from each module copy of the cache), then deletes the rest.
    if (process.env.DIAGRAM_KEYS_USED) appendFileSync(process.env.DIAGRAM_KEYS_USED, `${key}\n`);
    const file = this.path(key);
    if (!existsSync(file)) return undefined;
    const svg = readFileSync(file, 'utf8');
    const recorded = this.manifest()[key];
    if (recorded !== svgDigest(svg)) {
      throw new TamperedCacheError(
        `${file}: ${recorded ? 'does not match the hash recorded in' : 'is not recorded in'} ${this.manifestPath}; it was not written by \`npm run diagrams\`. ` +
          'Restore it with `git checkout -- diagram-cache/`, or delete it and render it again from its diagram source with `npm run diagrams`, then review the diff.',
      );
    }
    return svg;
  }

  /** Drops keys from the manifest (their files are gone). */
  forget(keys: readonly string[]): void {
    const drop = new Set(keys);
    this.#writeManifest(Object.entries(this.manifest()).filter(([key]) => !drop.has(key)));
  }

  /** The manifest in key order, so its bytes do not depend on the order diagrams were rendered in. */
  #writeManifest(entries: Array<[string, string]>): void {
    this.#manifest = Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(this.manifestPath, `${JSON.stringify(this.#manifest, null, 2)}\n`);
  }

  set(key: string, svg: string): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(this.path(key), svg);
    this.#writeManifest(Object.entries({ ...this.manifest(), [key]: svgDigest(svg) }));
  }
}
