import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DiagramCache } from './cache.ts';

/** Deletes cache files (and their manifest entries) that no diagram of the last build read; returns what it removed. */
export function pruneDiagramCache(cache: DiagramCache, used: ReadonlySet<string>): string[] {
  const removed = readdirSync(cache.dir)
    .filter((name) => name.endsWith('.svg') && !used.has(name.slice(0, -4)))
    .sort();
  for (const name of removed) rmSync(join(cache.dir, name));
  cache.forget(removed.map((name) => name.slice(0, -4)));
  return removed;
}
