// MDX the site cannot compile: reported once per file, at the place the parser stopped.
import { problem } from '../problems.ts';
import type { RuleCheck } from './shared.ts';

export const mdxSyntax: RuleCheck = (corpus) =>
  corpus.articles.flatMap((article) => {
    const error = article.facts.syntaxError;
    return error ? [problem(error.rule, article.file, error.at, error.message)] : [];
  });
