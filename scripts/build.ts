// Builds the site: astro build (pages, downloads, build checks), then the Pagefind index.
// Everything is written to a staging folder that replaces dist/ only when every step
// succeeded, so bad input never leaves a half-built site behind: dist/ is either the
// previous complete build or absent. OUT_DIR builds elsewhere; extra arguments go to astro.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDevelopmentAddress, siteSettings } from '../src/site.config.ts';
import { projectDiagramCache } from '../src/lib/diagrams/project.ts';
import { pruneDiagramCache } from '../src/lib/diagrams/prune.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;
let child: ChildProcess | undefined;

function cleanUp(): void {
  rmSync(staging, { recursive: true, force: true });
}

/** Removes the staging folder and says what happened and what dist/ now holds. */
function stop(reason: string, exitCode: number): never {
  child?.kill();
  cleanUp();
  console.error(`\n${reason}; ${existsSync(outDir) ? `${outDir}/ keeps the previous complete build` : `no ${outDir}/ was written`}.`);
  process.exit(exitCode);
}

// A signal (Ctrl+C, a CI timeout) reaches the running step too, and leaves no staging folder.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    child?.kill(signal);
    stop(`Build stopped by ${signal}`, 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve) => {
    child = spawn(command, args, { stdio: 'inherit', env });
    child.on('exit', (code) => {
      child = undefined;
      if (code === 0) return resolve();
      stop(`Build failed in \`${[command, ...args].join(' ')}\``, code ?? 1);
    });
  });
}

/** Replaces dist/ by the staging folder without a moment in which neither exists. */
function swapIn(): void {
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}

const { site } = siteSettings(process.env);
if (isDevelopmentAddress(site)) {
  console.warn(
    `\n${'!'.repeat(72)}\n! This build names ${site}/ in every citation, export and download.\n! Fine for a local preview; to publish, set SITE_URL (or PUBLIC_SITE_URL in src/site.config.ts).\n${'!'.repeat(72)}\n`,
  );
}
// `npm run diagrams -- --prune`: record every cache key the build reads, then delete the cache files no diagram uses.
const prune = process.argv.includes('--prune');
const astroArgs = process.argv.slice(2).filter((arg) => arg !== '--prune');
const usedLog = prune ? join(mkdtempSync(join(tmpdir(), 'her2-diagram-keys-')), 'used.txt') : undefined;
cleanUp();
await run('astro', ['build', '--outDir', staging, ...astroArgs], usedLog ? { ...process.env, DIAGRAM_KEYS_USED: usedLog } : process.env);
await run(process.execPath, ['scripts/index-search.ts'], { ...process.env, OUT_DIR: staging });
swapIn();
if (usedLog) {
  const used = new Set(readFileSync(usedLog, 'utf8').split('\n').filter(Boolean));
  const removed = pruneDiagramCache(projectDiagramCache, used);
  console.log(`Pruned diagram-cache/: ${removed.length} file(s) no diagram uses${removed.length ? `: ${removed.join(', ')}` : ''}.`);
}
