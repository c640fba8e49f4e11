// Links between pages of the site: every internal link leads to a page that exists, and every
// #anchor to a section of that page. Article pages are /<locale>/<slug>/; writers link with
// relative paths ("../resolve-a-dispute/#ask-for-a-manager") or "/<locale>/<slug>/".
import { articleRoutes } from '../../lib/i18n.ts';
import { resolve as resolveRoute, sitePaths, type ResolveContext } from '../../lib/routes.ts';
import { idsKnown, writtenArticles, type ArticleFile } from '../corpus.ts';
import { problem, type Problem } from '../problems.ts';
import { closest } from '../zod-issues.ts';
import { listOf, type RuleCheck } from './shared.ts';

/** Paths under the base path, as the rule compares them. */
const paths = sitePaths('/');

/** Ids a page has around the article body (the layout's landmarks). */
const pageIds = ['main', 'top'];

/** Every id on an article's page a link may point to. */
function idsOf(article: ArticleFile): Set<string> {
  return new Set([...article.facts.sections, ...article.facts.otherIds, ...pageIds]);
}

type Target =
  | { kind: 'outside' }
  | { kind: 'page'; anchorsFrom?: ArticleFile; hash: string }
  | { kind: 'missing'; message: string };

export const links: RuleCheck = (corpus) => {
  const written = writtenArticles(corpus);
  const slugs = new Set([...written.values()].flatMap((bySlug) => [...bySlug.keys()]));
  // Which text each /<locale>/<slug>/ shows: the same fallback the site uses.
  const sources = [...written].flatMap(([locale, bySlug]) => [...bySlug.keys()].map((slug) => ({ locale, slug })));
  const shown = new Map(
    articleRoutes(sources, corpus.locales, corpus.defaultLocale).map((r) => [
      `${r.locale}/${r.slug}`,
      written.get(r.contentLocale)?.get(r.slug),
    ]),
  );
  const site: ResolveContext = {
    base: corpus.settings?.basePath ?? '/',
    locales: corpus.locales,
    isTree: (locale, segment) => [...corpus.trees.values()].some((tree) => tree.paths[locale] === segment),
  };

  const resolve = (article: ArticleFile, href: string): Target => {
    const here = paths.article(article.locale, article.slug);
    const resolved = resolveRoute(href, here, site);
    if (!resolved) return { kind: 'outside' };
    const { match, path, hash } = resolved;
    if (path === here)
      return { kind: 'page', anchorsFrom: shown.get(`${article.locale}/${article.slug}`) ?? article, hash };
    // Relative links say where they lead: "../x" resolved is what the writer has to check.
    const named = href.startsWith('/') ? `Link to "${href}"` : `Link to "${href}" leads to ${path}, which`;
    switch (match.page) {
      case 'file':
        return { kind: 'outside' };
      case 'unknown-locale':
        return {
          kind: 'missing',
          message: `${named} is not under a locale of this site (${corpus.locales.join(', ')}). Article links look like ../other-article/ or /${article.locale}/other-article/.`,
        };
      case 'category':
        if (corpus.categoryIds.has(match.id) || !idsKnown(corpus.categoriesFile)) return { kind: 'page', hash };
        return {
          kind: 'missing',
          message: `${named} names a category "${match.id}" that categories.yaml does not have.`,
        };
      case 'article': {
        if (slugs.has(match.slug))
          return { kind: 'page', anchorsFrom: shown.get(`${match.locale}/${match.slug}`), hash };
        if (corpus.articles.some((a) => a.draft && a.slug === match.slug)) {
          return {
            kind: 'missing',
            message: `Link to "${href}" leads to a draft: ${match.slug}.mdx has "draft: true", so the site leaves it out. Publish it first (delete that line), or remove the link.`,
          };
        }
        const close = closest(match.slug, [...slugs]);
        return {
          kind: 'missing',
          message: `Link to "${href}" has no article: no file is named ${match.slug}.mdx in any locale.${close ? ` Did you mean "${close}"?` : ''}`,
        };
      }
      case 'none': {
        // "refund/" written inside /id/guide/ means /id/guide/refund/: almost always a missing "../".
        const [first, second] = match.segments;
        const meant =
          match.segments.length === 2 && first === article.slug && slugs.has(second!)
            ? ` To link to the article "${second}", write ../${second}/.`
            : '';
        return { kind: 'missing', message: `${named} is no page of the site.${meant}` };
      }
      default:
        return { kind: 'page', hash }; // the root, a home, a step of a tree, search, …
    }
  };

  return corpus.articles.flatMap((article) => {
    if (!corpus.locales.includes(article.locale)) return [];
    const problems: Problem[] = [];
    for (const { url, at } of article.facts.urls) {
      if (!url.trim()) continue;
      const target = resolve(article, url.trim());
      if (target.kind === 'missing') problems.push(problem('link-target', article.file, at, target.message));
      if (target.kind !== 'page' || !target.hash || !target.anchorsFrom) continue;
      const from = target.anchorsFrom;
      if (idsOf(from).has(target.hash)) continue;
      const sectionIds = from.facts.sections;
      const close = closest(target.hash, sectionIds);
      const page = from === article ? 'this page' : `the page ${from.slug}`;
      // An untranslated page shows the other locale's text, so its ids come from that text.
      const shownText =
        from.locale !== article.locale && from !== article
          ? ` (it shows the ${from.locale} text, so use that text's section ids)`
          : '';
      const sections = sectionIds.length
        ? ` Sections: ${listOf(
            sectionIds.map((id) => `#${id}`),
            6,
          )}.`
        : '';
      problems.push(
        problem(
          'link-anchor',
          article.file,
          at,
          `Link to "${url}": ${page} has no section "#${target.hash}"${shownText}.${close ? ` Did you mean "#${close}"?` : ''}${sections}`,
        ),
      );
    }
    return problems;
  });
};
