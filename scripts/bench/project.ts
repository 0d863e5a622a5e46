/**
 * A throw-away copy of the project to build in. The content root is fixed at
 * ./content, so each corpus gets its own copy with its own content/ and
 * diagram-cache/. node_modules is a hard-linked copy of the packages (as a git
 * worktree's is), without Astro's and Vite's caches (node_modules/.astro, .vite),
 * so every copy starts cold and one build cannot warm the next. Where hard links
 * are impossible (another file system) the packages are symlinked instead.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from './corpus.ts';

export const PROJECT_FILES = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Dot folders of node_modules that hold build caches rather than packages. */
export function linkedModules(names: readonly string[]): string[] {
  return names.filter((name) => !name.startsWith('.') || name === '.bin');
}

export interface CopyOptions {
  from: string;
  to: string;
  /** The real content/ folder, or generated files to write under content/. */
  content: { copyFrom: string } | { files: readonly GeneratedFile[] };
  /** Copy the committed diagram cache (warm), start with an empty one (cold), or copy another cache folder. */
  diagramCache: 'copy' | 'empty' | { copyFrom: string };
}

export function copyProject({ from, to, content, diagramCache }: CopyOptions): void {
  mkdirSync(to, { recursive: true });
  for (const name of PROJECT_FILES) cpSync(join(from, name), join(to, name), { recursive: true });
  if (diagramCache === 'empty') mkdirSync(join(to, 'diagram-cache'));
  else cpSync(diagramCache === 'copy' ? join(from, 'diagram-cache') : diagramCache.copyFrom, join(to, 'diagram-cache'), { recursive: true });
  if ('copyFrom' in content) cpSync(content.copyFrom, join(to, 'content'), { recursive: true });
  else {
    for (const file of content.files) {
      const path = join(to, 'content', file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text);
    }
  }
  const modules = join(to, 'node_modules');
  mkdirSync(modules);
  const names = linkedModules(readdirSync(join(from, 'node_modules')));
  try {
    execFileSync('cp', ['-al', ...names.map((name) => join(from, 'node_modules', name)), modules], { stdio: 'ignore' });
  } catch {
    for (const name of names) symlinkSync(join(from, 'node_modules', name), join(modules, name));
  }
}
