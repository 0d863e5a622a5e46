import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

export class DiagramCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  path(key: string): string {
    return join(this.dir, `${key}.svg`);
  }

  get(key: string): string | undefined {
    const file = this.path(key);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  }

  set(key: string, svg: string): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(this.path(key), svg);
  }
}
