import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent, type SiteFigureFile } from '../../src/lib/content/files.ts';
import { checkContent } from '../../src/lib/content/check.ts';

export const VALID_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'valid');

/** A throw-away copy of the valid fixture content, to break one thing at a time. */
export function fixtureCopy(): { root: string; edit(file: string, change: (text: string) => string): void; write(file: string, text: string | Buffer): void; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'her2-content-'));
  cpSync(VALID_FIXTURE, root, { recursive: true });
  return {
    root,
    edit(file, change) {
      const path = join(root, file);
      writeFileSync(path, change(readFileSync(path, 'utf8')));
    },
    write(file, text) {
      writeFileSync(join(root, file), text);
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Every problem message the content check reports for a content root (and the site figures that cite it). */
export function problems(root: string, siteFigures: SiteFigureFile[] = []): string[] {
  const loaded = loadContent(root);
  return [...loaded.errors, ...checkContent(loaded.entries, siteFigures).errors].map((e) => e.message.replace(`${root}/`, ''));
}
