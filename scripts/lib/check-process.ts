// Runs the build's content check alongside `astro build`, in a child process: the two use both
// cores at once, and the check's parsed articles never add to the memory of the Astro process.
// Astro's build does not read anything the check writes (its facts cache is the check's own).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface CheckOutcome {
  articles: number;
  errors: number;
  warnings: number;
  wallSeconds: number;
  /** CPU time of the check's process, its parse workers included. */
  cpuSeconds: number;
}

/**
 * Starts the check (its problems print to this process's stderr as they are found) and resolves
 * once its process has exited; rejects if it ended without a result.
 */
export function startContentCheck(): Promise<CheckOutcome> {
  const child = fork(fileURLToPath(new URL('./check-child.ts', import.meta.url)), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // The build may stop first (Astro failed): the check must not outlive it.
  const stopChild = () => child.kill();
  process.once('exit', stopChild);
  return new Promise((resolve, reject) => {
    let outcome: CheckOutcome | undefined;
    child.on('message', (message) => (outcome = message as CheckOutcome));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      process.off('exit', stopChild);
      if (outcome) resolve(outcome);
      else
        reject(
          new Error(`The content check stopped (${signal ?? `exit code ${code}`}) before it finished; see above.`),
        );
    });
  });
}
