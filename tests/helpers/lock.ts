// A lock shared by the test processes (Vitest's workers and its main process), wherever Node runs
// (no `flock` on macOS): a directory made atomically, holding its owner's pid, so the lock of a
// process that died is taken over instead of waited for.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pause = new Int32Array(new SharedArrayBuffer(4));
const sleepSync = (ms: number) => Atomics.wait(pause, 0, 0, ms);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryLock(dir: string): boolean {
  try {
    mkdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    let owner: number | undefined;
    try {
      owner = Number(readFileSync(join(dir, 'pid'), 'utf8'));
    } catch {
      // The owner has made the directory but not written its pid yet, or just let go.
    }
    const orphaned = owner ? !alive(owner) : ageMs(dir) > 10_000;
    if (orphaned) rmSync(dir, { recursive: true, force: true });
    return false;
  }
  writeFileSync(join(dir, 'pid'), String(process.pid));
  return true;
}

function ageMs(dir: string): number {
  try {
    return Date.now() - statSync(dir).mtimeMs;
  } catch {
    return 0;
  }
}

const release = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** Runs `work` while holding the lock `dir`, waiting (blocking this process) for it first. */
export function withLockSync<T>(dir: string, work: () => T): T {
  while (!tryLock(dir)) sleepSync(100);
  try {
    return work();
  } finally {
    release(dir);
  }
}

/** The same, without blocking the event loop while it waits. */
export async function withLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  while (!tryLock(dir)) await sleep(100);
  try {
    return await work();
  } finally {
    release(dir);
  }
}
