// The content check of a folder on disk, as every caller runs it: `npm run check`, the build's
// check (scripts/lib/check-run.ts) and `npm run dev`'s (src/integrations/dev-check-worker.ts).
// Problems come back with their files as a writer's terminal shows them.
import { join, relative, sep } from 'node:path';
import { today, verifiedWithinDays } from '../lib/env.ts';
import { articleTexts, readContentFiles } from './content-files.ts';
import { defaultCacheFile, FactsCache } from './facts-cache.ts';
import { defaultLintOptions, lintContent, type LintOptions } from './lint.ts';
import { countBySeverity, type Problem } from './problems.ts';

/** A problem as printed: its file relative to the working folder, such as content/articles/id/x.mdx. */
export interface PrintedProblem extends Omit<Problem, 'file'> {
  file: string;
}

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
 * Checks a folder on disk. Article facts are cached between runs (unless `cache` is false; a
 * FactsCache passed in is used as it is), and a large number of new articles is parsed on all
 * cores first.
 */
export async function checkContentDir(
  dir: string,
  options: Partial<LintOptions> = {},
  cache: boolean | FactsCache = true,
): Promise<CheckResult> {
  const files = readContentFiles(dir);
  const displayPath = displayPathIn(dir);
  // A cache kept by the caller across checks (npm run dev), or one read from its file for this check.
  const factsCache = cache instanceof FactsCache ? cache : new FactsCache(cache ? defaultCacheFile(dir) : undefined);
  const articles = articleTexts(files);
  await factsCache.prefill(articles);
  const found = lintContent(files, defaultLintOptions({ ...options, displayPath }), factsCache);
  factsCache.save();
  const problems = found.map((p) => ({ ...p, file: displayPath(p.file) }));
  return { problems, articles: articles.length, ...countBySeverity(found) };
}
