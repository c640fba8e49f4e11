// content/trees/*.yaml: the same validation the build runs (src/lib/tree.ts validateTrees), fed
// from the content folder instead of rendered pages, so `npm run check` and the build agree.
// Untranslated tree texts are warnings: the page shows the default locale's text.
import { articleRoutes } from '../../lib/i18n.ts';
import { reservedSlugs } from '../../lib/routes.ts';
import { readTreeSource, validateTrees, type TreeError } from '../../lib/tree.ts';
import { writtenArticles } from '../corpus.ts';
import { problem } from '../problems.ts';
import type { RuleId } from '../rule-list.ts';
import type { RuleCheck } from './shared.ts';

export const trees: RuleCheck = (corpus) => {
  if (!corpus.trees.size) return [];
  const written = writtenArticles(corpus);
  const sources = [...written].flatMap(([locale, bySlug]) => [...bySlug.keys()].map((slug) => ({ locale, slug })));
  const routes = new Map(articleRoutes(sources, corpus.locales, corpus.defaultLocale).map((r) => [`${r.locale}/${r.slug}`, r.contentLocale]));
  const articleLocale = (slug: string, locale: string) => routes.get(`${locale}/${slug}`);
  const treeSources = [...corpus.trees.values()].map(({ file }) => readTreeSource(file, corpus.files.texts.get(file) ?? ''));
  const result = validateTrees(treeSources, {
    locales: corpus.locales,
    defaultLocale: corpus.defaultLocale,
    articleLocale,
    articleAnchors: (slug, locale) => {
      const shownIn = articleLocale(slug, locale);
      const article = shownIn ? written.get(shownIn)?.get(slug) : undefined;
      return article && new Map(article.facts.sections.map((id) => [id, id]));
    },
    channels: corpus.channelIds,
    takenSegments: new Set([...reservedSlugs, ...sources.map((s) => s.slug)]),
  });
  const asProblem = (rule: RuleId) => (e: TreeError) => problem(rule, e.file, { line: e.line, column: 1 }, e.message);
  return [...result.errors.map(asProblem('decision-tree')), ...result.warnings.map(asProblem('untranslated-text'))];
};
