// Runs a command under GNU time: wall time, CPU time (the command and every child it waited for,
// such as Pagefind's binary) and peak memory (the largest single process).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PhaseTiming } from '../../src/lib/build-phases.ts';

const gnuTime = '/usr/bin/time';

export interface RunStats {
  wallSeconds: number;
  userSeconds: number;
  systemSeconds: number;
  /** user + system. */
  cpuSeconds: number;
  peakRssMB: number;
  /** Pandu's build phases (scripts/build.ts writes them), when the site reports them. */
  phases?: PhaseTiming[];
}

export function checkGnuTime(): void {
  if (!existsSync(gnuTime)) {
    throw new Error(
      `${gnuTime} is missing; the bench needs GNU time to measure CPU time and memory. Install it: apt-get install -y time`,
    );
  }
}

/** A run stopped at its time limit (the bench records it as not finished). */
export class TimeLimitReached extends Error {
  readonly limitSeconds: number;
  constructor(limitSeconds: number) {
    super(`stopped after ${limitSeconds} s, its time limit`);
    this.limitSeconds = limitSeconds;
  }
}

/**
 * Runs `command args` in `cwd`, output appended to `logFile`; rejects with the log's tail when it
 * fails, or with TimeLimitReached when it runs past `timeLimitSeconds` (it and its children are killed).
 */
export async function timedRun(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; timeLimitSeconds?: number },
): Promise<RunStats> {
  checkGnuTime();
  const scratch = mkdtempSync(join(tmpdir(), 'pandu-bench-time-'));
  const statsFile = join(scratch, 'stats');
  try {
    const log = createWriteStream(options.logFile, { flags: 'a' });
    const child = spawn(gnuTime, ['-f', '%e %U %S %M', '-o', statsFile, command, ...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // A process group of its own, so a time limit stops every process of the build.
      detached: options.timeLimitSeconds !== undefined,
    });
    let limitReached = false;
    const limit =
      options.timeLimitSeconds === undefined
        ? undefined
        : setTimeout(() => {
            limitReached = true;
            process.kill(-child.pid!, 'SIGKILL');
          }, options.timeLimitSeconds * 1000);
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    clearTimeout(limit);
    await new Promise((resolve) => log.end(resolve));
    if (limitReached) throw new TimeLimitReached(options.timeLimitSeconds!);
    if (code !== 0) {
      const tail = readFileSync(options.logFile, 'utf8').split('\n').slice(-30).join('\n');
      throw new Error(
        `${command} ${args.join(' ')} failed (exit ${code}) in ${options.cwd}; log: ${options.logFile}\n${tail}`,
      );
    }
    // GNU time writes "Command exited with non-zero status" first on failure; the last line has the numbers.
    const [wall, user, system, rssKB] = readFileSync(statsFile, 'utf8')
      .trim()
      .split('\n')
      .at(-1)!
      .split(' ')
      .map(Number) as [number, number, number, number];
    return {
      wallSeconds: wall,
      userSeconds: user,
      systemSeconds: system,
      cpuSeconds: +(user + system).toFixed(2),
      peakRssMB: Math.round(rssKB / 1024),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
