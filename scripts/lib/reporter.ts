// How problems print: one line each, like a compiler, so editors and terminals can jump to them.
//   content/articles/id/x.mdx:12:3  error  Link to "/id/refund" has no article  (link-target)
import { countBySeverity, formatProblem, type Problem } from '../../src/core/problems.ts';
import type { PrintedProblem } from '../../src/core/check-folder.ts';

/** The build's tree pages print the same line (src/core/problems.ts formatProblem). */
export function formatLine(p: PrintedProblem, color = false): string {
  return formatProblem(p, color);
}

export function summary(problems: readonly Pick<Problem, 'severity'>[]): string {
  const { errors, warnings } = countBySeverity(problems);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (!errors && !warnings) return 'No problems found.';
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}.${errors ? ' Errors stop the build; fix them first.' : ''}`;
}

export function formatJson(problems: readonly PrintedProblem[]): string {
  const { errors, warnings } = countBySeverity(problems);
  return JSON.stringify({ errors, warnings, problems }, null, 2);
}
