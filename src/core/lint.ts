// The content check: every rule over a content folder parsed once. `npm run check` prints the
// result; the build runs the same function first and stops on errors.
import type { ContentFiles } from './content-files.ts';
import { loadCorpus, type FactsSource } from './corpus.ts';
import { sortProblems, type Problem } from './problems.ts';
import { articleFileChecks } from './rules/article-files.ts';
import { articleUrls } from './rules/article-urls.ts';
import { channels } from './rules/channels.ts';
import { components } from './rules/components.ts';
import { dataFileChecks } from './rules/data-files.ts';
import { expressionNames } from './rules/expressions.ts';
import { drafts, frontMatter, placeholders } from './rules/front-matter.ts';
import { headingOrder } from './rules/headings.ts';
import { imageAlt } from './rules/images.ts';
import { links } from './rules/links.ts';
import type { LintOptions, RuleCheck } from './rules/shared.ts';
import { searchWords } from './rules/search-words.ts';
import { mdxSyntax } from './rules/syntax.ts';
import { translations, untranslatedTexts } from './rules/translations.ts';
import { trees } from './rules/trees.ts';

export type { LintOptions };

const checks: RuleCheck[] = [
  ...dataFileChecks,
  channels,
  searchWords,
  ...articleFileChecks,
  frontMatter,
  placeholders,
  drafts,
  mdxSyntax,
  expressionNames,
  components,
  headingOrder,
  imageAlt,
  articleUrls,
  links,
  translations,
  untranslatedTexts,
  trees,
];

/** Days a channel's facts stay fresh; PANDU_VERIFIED_WITHIN_DAYS or --verified-within changes it. */
export const defaultVerifiedWithinDays = 180;

export function defaultLintOptions(overrides: Partial<LintOptions> = {}): LintOptions {
  return {
    today: new Date(new Date().toISOString().slice(0, 10)),
    verifiedWithinDays: defaultVerifiedWithinDays,
    displayPath: (file) => file,
    ...overrides,
  };
}

/** Every problem of a content folder; `factsOf` may serve article facts from a cache. */
export function lintContent(files: ContentFiles, options: Partial<LintOptions> = {}, factsOf?: FactsSource): Problem[] {
  const corpus = loadCorpus(files, factsOf);
  const settings = defaultLintOptions(options);
  return sortProblems(checks.flatMap((check) => check(corpus, settings)));
}
