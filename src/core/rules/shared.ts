// What every rule gets, and the helpers several rules share.
import type { Corpus, YamlFile } from '../corpus.ts';
import { problem, type Problem } from '../problems.ts';
import type { RuleId } from '../rule-list.ts';
import { positionOf } from '../yaml.ts';
import { allowedKeysOf, explainIssues } from '../zod-issues.ts';
import type { z } from 'astro/zod';

export interface LintOptions {
  /** The day the check runs (UTC); channel facts older than `verifiedWithinDays` get a warning. */
  today: Date;
  verifiedWithinDays: number;
  /** How a message names another file: the reporter prints "content/articles/…". */
  displayPath: (file: string) => string;
}

/** A group of rules: reads the corpus, returns what is wrong. */
export type RuleCheck = (corpus: Corpus, options: LintOptions) => Problem[];

/** Zod issues of one YAML value (`at` is its path in the file) as problems on their lines. */
export function schemaProblems(
  rule: RuleId,
  source: YamlFile,
  at: (string | number)[],
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
  schema: unknown,
): Problem[] {
  return explainIssues(issues, data, allowedKeysOf(schema)).map((issue) =>
    problem(rule, source.file, positionOf(source.yaml, [...at, ...issue.path], issue.atKey), issue.message),
  );
}

/** One line of a list for a message: "a, b, c" (at most `max`, then "…"). */
export function listOf(items: readonly string[], max = 8): string {
  return items.length > max ? `${items.slice(0, max).join(', ')}, …` : items.join(', ');
}
