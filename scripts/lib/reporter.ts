// How problems print: one line each, like a compiler, so editors and terminals can jump to them.
//   content/articles/id/x.mdx:12:3  error  Link to "/id/refund" has no article  (link-target)
import { countBySeverity, formatProblemLine, type Problem } from '../../src/core/problems.ts';

export interface PrintedProblem extends Omit<Problem, 'file'> {
  /** The path as printed: relative to the working folder, such as content/articles/id/x.mdx. */
  file: string;
}

/** The line the check, the build and the dev server print (src/core/problems.ts). */
export const formatLine: (p: PrintedProblem, color?: boolean) => string = formatProblemLine;

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
