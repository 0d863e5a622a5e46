// Builds the site: astro build (pages, table downloads, build checks), then the Pagefind index.
// Everything is written to a staging folder that replaces dist/ only when every step
// succeeded, so bad input never leaves a half-built site behind: dist/ is either the
// previous complete build or absent. OUT_DIR builds elsewhere; extra arguments go to astro.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

const outDir = process.env.OUT_DIR ?? 'dist';
const staging = `${outDir}.staging`;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`\nBuild failed in \`${[command, ...args].join(' ')}\`; ${existsSync(outDir) ? `${outDir}/ keeps the previous complete build` : `no ${outDir}/ was written`}.`);
    process.exit(result.status ?? 1);
  }
}

rmSync(staging, { recursive: true, force: true });
run('astro', ['build', '--outDir', staging, ...process.argv.slice(2)]);
const env = { ...process.env, OUT_DIR: staging };
run(process.execPath, ['scripts/index-search.ts'], env);
rmSync(outDir, { recursive: true, force: true });
renameSync(staging, outDir);
