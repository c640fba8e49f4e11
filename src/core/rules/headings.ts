// Headings form an outline: the title is the page's level 1, so the body starts at level 2 (##)
// and never skips a level. A <Method title> is a level-2 heading on the page.
import { problem, type Problem } from '../problems.ts';
import type { RuleCheck } from './shared.ts';

export const headingOrder: RuleCheck = (corpus) =>
  corpus.articles.flatMap((article) => {
    const problems: Problem[] = [];
    let previous = 1; // the article title
    for (const { depth, at } of article.facts.headings) {
      if (depth === 1) {
        problems.push(
          problem(
            'heading-order',
            article.file,
            at,
            "A level-1 heading (#) in the body: the title is the page's only level-1 heading. Use ## for a section.",
          ),
        );
      } else if (depth > previous + 1) {
        const wanted = '#'.repeat(previous + 1);
        problems.push(
          problem(
            'heading-order',
            article.file,
            at,
            `This heading jumps from level ${previous} to level ${depth}. Use ${wanted} here${previous === 1 ? ' (the first level in the body)' : ''}, so the outline has no gap.`,
          ),
        );
      }
      previous = depth;
    }
    return problems;
  });
