/** The machine and tool versions a benchmark ran with, for the report's header. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  ramBytes: number;
  os: string;
  node: string;
  astro: string;
  pagefind: string;
  chromium: string;
  commit: string;
}

function tryRun(command: string, args: string[], cwd?: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** PRETTY_NAME from an os-release file's text. */
export function osName(osRelease: string): string | undefined {
  return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(osRelease)?.[1];
}

export function machineInfo(projectDir: string, chromiumPath: string): MachineInfo {
  const version = (pkg: string) => (JSON.parse(readFileSync(join(projectDir, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  let osRelease = '';
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8');
  } catch {
    // Not Linux, or a minimal image: the kernel release below still says something.
  }
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    ramBytes: totalmem(),
    os: `${osName(osRelease) ?? process.platform}, kernel ${release()}`,
    node: process.version,
    astro: version('astro'),
    pagefind: version('pagefind'),
    chromium: tryRun(chromiumPath, ['--version']),
    commit: tryRun('git', ['rev-parse', '--short', 'HEAD'], projectDir),
  };
}
