// content/trees/*.yaml: checked by src/core/tree-check.ts against the site as the content folder
// describes it (articles with their section ids, channels, URL segments in use). The build runs
// the same checkTrees on the same files (src/lib/tree-content.ts), so the two report the same.
import { articleRoutes } from '../../lib/i18n.ts';
import { reservedSlugs } from '../../lib/routes.ts';
import { idsKnown, writtenArticles, type Corpus } from '../corpus.ts';
import { checkTrees, type TreeContext } from '../tree-check.ts';
import type { RuleCheck } from './shared.ts';

/** What the trees of the content folder may point at. */
export function treeContextOf(corpus: Corpus): TreeContext {
  const written = writtenArticles(corpus);
  const sources = [...written].flatMap(([locale, bySlug]) => [...bySlug.keys()].map((slug) => ({ locale, slug })));
  const routes = new Map(
    articleRoutes(sources, corpus.locales, corpus.defaultLocale).map((r) => [`${r.locale}/${r.slug}`, r.contentLocale]),
  );
  const articleLocale = (slug: string, locale: string) => routes.get(`${locale}/${slug}`);
  return {
    locales: corpus.locales,
    defaultLocale: corpus.defaultLocale,
    articleLocale,
    isDraft: (slug) => corpus.articles.some((a) => a.draft && a.slug === slug),
    articleSections: (slug, locale) => {
      const shownIn = articleLocale(slug, locale);
      const facts = shownIn ? written.get(shownIn)?.get(slug)?.facts : undefined;
      return facts?.syntaxError ? undefined : facts?.sections;
    },
    channels: idsKnown(corpus.channelsFile) ? corpus.channelIds : undefined,
    takenSegments: new Set([...reservedSlugs, ...sources.map((s) => s.slug)]),
  };
}

export const trees: RuleCheck = (corpus) =>
  corpus.trees.size ? checkTrees([...corpus.trees.values()], treeContextOf(corpus)).problems : [];
