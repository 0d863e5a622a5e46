import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../src/lib/files-under.ts';
import type { BuiltPage } from '../../src/lib/linkcheck.ts';

export const DIST = 'dist';

/** Every file in dist/ (or another build folder) as a URL path, sorted. */
export function distFiles(root = DIST): string[] {
  return filesUnder(root).map((file) => `/${file}`);
}

/** Every HTML page in dist/, with its URL path. */
export function distPages(): BuiltPage[] {
  return distFiles()
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ path: file.replace(/index\.html$/, ''), html: readFileSync(join(DIST, file), 'utf8') }));
}
