// The build's content check in a process of its own (started by scripts/lib/check-process.ts):
// it prints its problems as `npm run check` does, then reports its counts and times to the build.
import { checkBeforeBuild } from './check-run.ts';
import type { CheckOutcome } from './check-process.ts';

const started = performance.now();
const result = await checkBeforeBuild();
const { user, system } = process.cpuUsage(); // every thread of this process: the parse workers too
const outcome: CheckOutcome = {
  articles: result.articles,
  errors: result.errors,
  warnings: result.warnings,
  wallSeconds: (performance.now() - started) / 1000,
  cpuSeconds: (user + system) / 1e6,
};
process.send?.(outcome);
process.disconnect?.();
