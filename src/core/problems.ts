// What the content check reports: one problem is one line for the writer, naming the file, the
// place, what is wrong and how to fix it, and the rule that found it.
import { ruleSeverity, type RuleId, type Severity } from './rule-list.ts';

export interface Position {
  line: number;
  column: number;
}

export interface Problem extends Position {
  /** Path relative to the content folder, with "/" separators: "articles/id/refund.mdx". */
  file: string;
  rule: RuleId;
  severity: Severity;
  message: string;
}

export const start: Position = { line: 1, column: 1 };

/** One problem as a line, like a compiler, so editors and terminals can jump to it (`file` as it should print). */
export function formatProblemLine(p: Problem, color = false): string {
  const severity = color ? (p.severity === 'error' ? '\x1b[31merror\x1b[39m' : '\x1b[33mwarning\x1b[39m') : p.severity;
  return `${p.file}:${p.line}:${p.column}  ${severity}  ${p.message}  (${p.rule})`;
}

export function problem(rule: RuleId, file: string, at: Position | undefined, message: string): Problem {
  const { line, column } = at ?? start;
  return { file, line, column, rule, severity: ruleSeverity(rule), message };
}

/** File order, then position, then rule: the same input always prints the same lines. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule) ||
      a.message.localeCompare(b.message),
  );
}

export function countBySeverity(problems: readonly Pick<Problem, 'severity'>[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}
