// Runs the content check on a folder and prints it: shared by `npm run check` and the build, so
// both print the same lines.
import { join, relative, sep } from 'node:path';
import { contentDir, today, useColor, verifiedWithinDays } from '../../src/lib/env.ts';
import { articleTexts, readContentFiles } from '../../src/core/content-files.ts';
import { defaultCacheFile, FactsCache } from '../../src/core/facts-cache.ts';
import { defaultLintOptions, lintContent, type LintOptions } from '../../src/core/lint.ts';
import { countBySeverity } from '../../src/core/problems.ts';
import { formatLine, summary, type PrintedProblem } from './reporter.ts';

export interface CheckResult {
  problems: PrintedProblem[];
  errors: number;
  warnings: number;
  articles: number;
}

/** A path as the writer's terminal shows it: relative to the working folder ("content/…"). */
export function displayPathIn(dir: string): (file: string) => string {
  return (file) => {
    const shown = relative(process.cwd(), join(dir, file)).split(sep).join('/');
    return shown.startsWith('../') ? join(dir, file) : shown;
  };
}

/** Options from the environment: PANDU_VERIFIED_WITHIN_DAYS, PANDU_TODAY (YYYY-MM-DD, for tests). */
export function optionsFromEnv(overrides: Partial<LintOptions> = {}): Partial<LintOptions> {
  const options: Partial<LintOptions> = {};
  const days = verifiedWithinDays();
  if (days !== undefined) options.verifiedWithinDays = days;
  const day = today();
  if (day) options.today = day;
  return { ...options, ...overrides };
}

/**
 * Checks a folder on disk. Article facts are cached between runs (unless `cache` is false), and
 * a large number of new articles is parsed on all cores first.
 */
export async function checkContentDir(
  dir: string,
  options: Partial<LintOptions> = {},
  cache = true,
): Promise<CheckResult> {
  const files = readContentFiles(dir);
  const displayPath = displayPathIn(dir);
  const factsCache = new FactsCache(cache ? defaultCacheFile(dir) : undefined);
  const articles = articleTexts(files);
  await factsCache.prefill(articles);
  const found = lintContent(files, defaultLintOptions({ ...options, displayPath }), factsCache);
  factsCache.save();
  const problems = found.map((p) => ({ ...p, file: displayPath(p.file) }));
  return { problems, articles: articles.length, ...countBySeverity(found) };
}

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
