import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltPage } from '../../src/lib/linkcheck.ts';

export const DIST = 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every file in dist/ (or another build folder) as a URL path, sorted. */
export function distFiles(root = DIST): string[] {
  return walk(root)
    .map((file) => `/${relative(root, file).split(sep).join('/')}`)
    .sort();
}

/** Every HTML page in dist/, with its URL path. */
export function distPages(): BuiltPage[] {
  return distFiles()
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ path: file.replace(/index\.html$/, ''), html: readFileSync(join(DIST, file), 'utf8') }));
}
