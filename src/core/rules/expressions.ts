// Code in an article's { } that uses a name nothing defines: MDX accepts it, and the page then
// crashes as it renders. Nearly always text meant literally, such as "{about}".
import { problem } from '../problems.ts';
import type { RuleCheck } from './shared.ts';

export const expressionNames: RuleCheck = (corpus) =>
  corpus.articles.flatMap((article) =>
    article.facts.undefinedNames.map(({ name, code, at }) => {
      const fix =
        code === name
          ? `To show {${name}} as text, write \\{${name}\\}`
          : 'To write curly braces as text, write \\{ and \\}';
      return problem(
        'undefined-name',
        article.file,
        at,
        `"${name}" is not defined: MDX reads the text between { and } as code, and the page cannot be built. ${fix}; a comment is written {/* … */}.`,
      );
    }),
  );
