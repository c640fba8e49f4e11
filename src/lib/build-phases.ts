// Where a build's time goes: named phases with wall and CPU time, recorded by `npm run build`
// (scripts/build.ts) and by the Astro hooks it runs in the same process
// (src/integrations/build-phases.ts). The recorder sits on globalThis because Astro loads
// astro.config.mjs, and so the integrations, as a module graph of its own.
import { readFileSync, readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PhaseTiming {
  name: string;
  wallSeconds: number;
  /** This process and the children it waited for (Pagefind's binary), user + system. */
  cpuSeconds: number;
  /** Counts for the person watching, such as "4,012 pages". */
  detail?: string;
}

interface Recorder {
  done: PhaseTiming[];
  open?: { name: string; wall: number; cpu: number };
  onPhase?: (phase: PhaseTiming) => void;
  /** CPU seconds of children that ran a phase of their own alongside the others (the content check). */
  setAside: number;
}

const key = Symbol.for('pandu.build-phases');
const recorder = (): Recorder =>
  ((globalThis as Record<symbol, Recorder | undefined>)[key] ??= { done: [], setAside: 0 });

// Linux reports the CPU time of waited-for children in /proc/self/stat (fields 16 and 17, in
// clock ticks); elsewhere children's CPU time is left out.
const ticksPerSecond = 100;
function childrenCpuSeconds(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond;
  } catch {
    return 0;
  }
}

/** CPU seconds used so far by this process and its waited-for children, but for those of recordPhase. */
export function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6 + childrenCpuSeconds() - recorder().setAside;
}

/** Names of this process's children that have not been waited for yet (Linux; elsewhere none). */
function childNames(): string[] {
  try {
    return readdirSync('/proc/self/task').flatMap((thread) =>
      readFileSync(`/proc/self/task/${thread}/children`, 'utf8')
        .split(' ')
        .filter(Boolean)
        .map((pid) => {
          try {
            return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
          } catch {
            return ''; // gone meanwhile
          }
        }),
    );
  } catch {
    return [];
  }
}

/**
 * Waits (at most `limitMs`) until no child whose name starts with `name` is left, so that its CPU
 * time is counted in the phase that ran it: Pagefind's close() kills its binary without waiting.
 */
export async function childrenExited(name: string, limitMs = 2000): Promise<void> {
  for (const started = performance.now(); performance.now() - started < limitMs; await sleep(10))
    if (!childNames().some((child) => child.startsWith(name))) return;
}

/** Called with each phase as it ends (the build prints a line). */
export function onPhase(listener: (phase: PhaseTiming) => void): void {
  recorder().onPhase = listener;
}

/** Ends the open phase (if any) and starts `name`. */
export function startPhase(name: string): void {
  endPhase();
  recorder().open = { name, wall: performance.now(), cpu: cpuSeconds() };
}

/** Ends the open phase. */
export function endPhase(detail?: string): PhaseTiming | undefined {
  const rec = recorder();
  const open = rec.open;
  if (!open) return undefined;
  rec.open = undefined;
  const phase: PhaseTiming = {
    name: open.name,
    wallSeconds: (performance.now() - open.wall) / 1000,
    cpuSeconds: cpuSeconds() - open.cpu,
    ...(detail ? { detail } : {}),
  };
  rec.done.push(phase);
  rec.onPhase?.(phase);
  return phase;
}

/**
 * Records a phase that a child process ran alongside the others (the content check), with the
 * CPU time it reported; call it once the child has exited, so its CPU time, now counted among this
 * process's children, is not counted again in the phase running at the time.
 */
export function recordPhase(phase: PhaseTiming): void {
  const rec = recorder();
  rec.setAside += phase.cpuSeconds;
  rec.done.push(phase);
  rec.onPhase?.(phase);
}

/** The phases ended so far, in order. */
export function phaseTimings(): PhaseTiming[] {
  return [...recorder().done];
}
