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

/** Every file in dist/ as a URL path (/trials/toga/index.html -> /trials/toga/). */
export function distFiles(): string[] {
  return walk(DIST).map((file) => `/${relative(DIST, file).split(sep).join('/')}`);
}

/** Every HTML page in dist/, with its URL path. */
export function distPages(): BuiltPage[] {
  return distFiles()
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ path: file.replace(/index\.html$/, ''), html: readFileSync(join(DIST, file), 'utf8') }));
}
