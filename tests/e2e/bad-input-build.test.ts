import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD_INPUT_CASES } from '../unit/bad-input-cases.ts';
import { VALID_FIXTURE } from '../unit/fixture.ts';
import { FULL } from './scope.ts';

/**
 * The real build (`npm run build`'s script) on a copy of the project whose content/ is the
 * valid fixture with one fault: it must fail, name the file and the field, and leave no
 * dist/ (nor its staging folder) behind.
 */
const PROJECT = resolve('.');
const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function brokenProject(file: string, change: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'her2-bad-build-'));
  projects.push(root);
  for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'scripts', 'public', 'diagram-cache', 'assets']) {
    if (existsSync(join(PROJECT, item))) cpSync(join(PROJECT, item), join(root, item), { recursive: true });
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  cpSync(VALID_FIXTURE, join(root, 'content'), { recursive: true });
  // The site's own figures (src/figures/) cite real references; the fixture gets those records so
  // that the one fault below is the only thing wrong with the project.
  for (const key of siteFigureCitations()) cpSync(join(PROJECT, 'content', 'references', `${key}.json`), join(root, 'content', 'references', `${key}.json`));
  const path = join(root, 'content', file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return root;
}

/** Citation keys used by the site's own figures in src/figures/. */
function siteFigureCitations(): string[] {
  const dir = join(PROJECT, 'src', 'figures');
  const text = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  return [...new Set([...text.matchAll(/@([a-z0-9]+(?:-[a-z0-9]+)*)/g)].map((m) => m[1]))].filter((key) => existsSync(join(PROJECT, 'content', 'references', `${key}.json`)));
}

function build(root: string, env: NodeJS.ProcessEnv = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    env: { ...process.env, ...env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}` },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * The build runs the same content check as `npm test` (through the content layer's loader, src/data/content-loader.ts, before any page
 * is rendered), so every case in BAD_INPUT_CASES is asserted there. Here each way the build itself
 * can stop goes through the real build once, each costing an Astro start-up: the content check (a
 * schema field), the MDX compiler (a syntax error) and the diagram plugin (a missing accTitle).
 * All of them run by default and in CI; E2E_QUICK=1 runs only the first (the stage that catches nearly every case).
 */
const REAL_BUILD_CASES = FULL ? ['missing required field', 'MDX syntax error', 'diagram without accTitle'] : ['missing required field'];
const cases = BAD_INPUT_CASES.filter(([name]) => REAL_BUILD_CASES.includes(name));

describe('a build with bad input fails clearly and writes nothing', () => {
  it('covers every named kind of fault', () => expect(cases.map(([name]) => name).sort()).toEqual([...REAL_BUILD_CASES].sort()));

  it.each(cases)(
    '%s',
    (_name, file, change, expected) => {
      const root = brokenProject(file, change);
      const { status, output } = build(root);
      expect(status, output).not.toBe(0);
      expect(output, 'the error names the file and the field').toMatch(expected);
      expect(existsSync(join(root, 'dist')), 'dist/ was written').toBe(false);
      expect(existsSync(join(root, 'dist.staging')), 'staging folder left behind').toBe(false);
    },
    180_000,
  );

  it.runIf(FULL)(
    'a diagram-cache file changed by hand is refused as tampered, not re-rendered, and the previous dist/ stays as it was',
    () => {
      const root = brokenProject('agents/fixmab.mdx', (t) => t);
      // The fixture's diagrams are rendered into this copy's cache first, as `npm run diagrams` would.
      const first = build(root, { DIAGRAMS: 'render' });
      expect(first.status, first.output).toBe(0);
      const before = readFileSync(join(root, 'dist', 'index.html'));
      const cacheDir = join(root, 'diagram-cache');
      for (const file of readdirSync(cacheDir).filter((f) => f.endsWith('.svg'))) {
        writeFileSync(join(cacheDir, file), readFileSync(join(cacheDir, file), 'utf8').replace('<svg ', '<svg onload="alert(document.domain)" '));
      }
      const { status, output } = build(root, { DIAGRAMS: 'render' });
      expect(status, output).not.toBe(0);
      expect(output).toMatch(/tampered diagram cache file .*diagram-cache\/[0-9a-f]{24}\.svg: does not match the hash recorded/);
      expect(readFileSync(join(root, 'dist', 'index.html')).equals(before), 'dist/ changed').toBe(true);
      expect(existsSync(join(root, 'dist.staging'))).toBe(false);
    },
    300_000,
  );

  it.runIf(FULL)(
    'Mermaid that does not parse fails the diagram render, naming the file and the diagram, and leaves no dist/',
    () => {
      const root = brokenProject('mechanisms/fix-loss.mdx', (t) => t.replace(/(accDescr:.*\n)/, '$1  A --> --> ((B\n'));
      const { status, output } = build(root, { DIAGRAMS: 'render' });
      expect(status, output).not.toBe(0);
      expect(output).toMatch(/mechanisms\/fix-loss\.mdx/);
      expect(output).toMatch(/diagram "fix-loss-pathway"/);
      expect(existsSync(join(root, 'dist'))).toBe(false);
      expect(existsSync(join(root, 'dist.staging'))).toBe(false);
    },
    300_000,
  );
});
