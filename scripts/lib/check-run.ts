// The build's content check and what it prints (the check itself: src/core/check-folder.ts,
// shared with `npm run check` and `npm run dev`).
import { contentDir, useColor } from '../../src/lib/env.ts';
import { checkContentDir, optionsFromEnv, type CheckResult } from '../../src/core/check-folder.ts';
import { formatLine, summary } from './reporter.ts';

const warningsShownByBuild = 20;

/**
 * The build's first step. Prints errors in full and the first warnings (`npm run check` lists
 * them all); `errors` above 0 must stop the build.
 */
export async function checkBeforeBuild(): Promise<CheckResult> {
  const result = await checkContentDir(contentDir(), optionsFromEnv());
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.filter((p) => p.severity === 'warning');
  const color = useColor(process.stderr);
  const lines = [...errors, ...warnings.slice(0, warningsShownByBuild)].map((p) => formatLine(p, color));
  if (warnings.length > warningsShownByBuild)
    lines.push(`… and ${warnings.length - warningsShownByBuild} more warnings: npm run check lists them all.`);
  if (lines.length) console.error(`${lines.join('\n')}\n${summary(result.problems)}`);
  return result;
}
