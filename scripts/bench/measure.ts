/** Runs one build step under `nice` and measures its wall time and peak memory. */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';

/**
 * Peak resident memory in bytes from GNU time's `-v` report. GNU time reports the
 * largest single process among the command and its children (e.g. Chromium during a
 * cold diagram render), not their sum.
 */
export function parseMaxRss(report: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
  return match ? Number(match[1]) * 1024 : undefined;
}

/** CPU seconds (user + system) of the command and its children from GNU time's `-v` report. */
export function parseCpuSeconds(report: string): number | undefined {
  const user = /User time \(seconds\):\s*([\d.]+)/.exec(report);
  const system = /System time \(seconds\):\s*([\d.]+)/.exec(report);
  return user && system ? Number(user[1]) + Number(system[1]) : undefined;
}

export interface StepResult {
  name: string;
  seconds: number;
  /** User + system CPU time: steadier than wall time on a shared machine. */
  cpuSeconds: number | undefined;
  maxRssBytes: number | undefined;
}

export interface StepOptions {
  name: string;
  command: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Output of the step goes here, so a failure can be read in full. */
  log: string;
  /** Stop the step (its whole process group) after this long. */
  timeoutMs?: number;
}

export class StepTimeout extends Error {}

/** Process groups of running steps, so an interrupted benchmark stops its builds too. */
const running = new Set<number>();

export function stopRunningSteps(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

/** Runs `nice -n 10 <command>` (the machine is shared), under GNU time when it is installed. */
export async function runStep({ name, command, cwd, env, log, timeoutMs }: StepOptions): Promise<StepResult> {
  const timeReport = join(cwd, `.time-${name.replace(/\W+/g, '-')}.txt`);
  const useTime = existsSync(GNU_TIME);
  const argv = [...(useTime ? [GNU_TIME, '-v', '-o', timeReport] : []), 'nice', '-n', '10', ...command];
  const out = createWriteStream(log, { flags: 'a' });
  out.write(`\n$ ${command.join(' ')}\n`);
  const started = performance.now();
  let timedOut = false;
  const code = await new Promise<number | null>((resolve, reject) => {
    // Own process group, so a timeout stops the build and everything it started (Chromium, Pagefind).
    const child = spawn(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    if (child.pid !== undefined) running.add(child.pid);
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
          }, timeoutMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      if (child.pid !== undefined) running.delete(child.pid);
      resolve(status);
    });
  });
  const seconds = (performance.now() - started) / 1000;
  await new Promise<void>((resolve) => out.end(resolve));
  if (timedOut) throw new StepTimeout(`${name} was stopped after ${Math.round(seconds / 60)} min (time limit); its log is ${log}`);
  if (code !== 0) {
    const tail = readFileSync(log, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`${name} failed (exit ${code}) in ${cwd}; last lines of ${log}:\n${tail}`);
  }
  const report = useTime && existsSync(timeReport) ? readFileSync(timeReport, 'utf8') : '';
  rmSync(timeReport, { force: true });
  return { name, seconds, cpuSeconds: parseCpuSeconds(report), maxRssBytes: parseMaxRss(report) };
}
