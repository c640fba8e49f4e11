// Links between pages of the site: every internal link leads to a page that exists, and every
// #anchor to a section of that page. Article pages are /<locale>/<slug>/; writers link with
// relative paths ("../resolve-a-dispute/#ask-for-a-manager") or "/<locale>/<slug>/".
import { articleRoutes } from '../../lib/i18n.ts';
import { reservedSlugs } from '../../lib/reserved.ts';
import { writtenArticles, type ArticleFile, type Corpus } from '../corpus.ts';
import { problem, type Problem } from '../problems.ts';
import { closest } from '../zod-issues.ts';
import { listOf, type RuleCheck } from './shared.ts';

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
    articleRoutes(sources, corpus.locales, corpus.defaultLocale).map((r) => [`${r.locale}/${r.slug}`, written.get(r.contentLocale)?.get(r.slug)]),
  );
  const basePath = corpus.settings?.basePath ?? '/';
  const trees = [...corpus.trees.values()];

  const resolve = (article: ArticleFile, href: string): Target => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return { kind: 'outside' };
    const hashAt = href.indexOf('#');
    const hash = hashAt >= 0 ? safeDecode(href.slice(hashAt + 1)) : '';
    const pathPart = (hashAt >= 0 ? href.slice(0, hashAt) : href).replace(/\?.*$/, '');
    const here = `/${article.locale}/${article.slug}/`;
    if (pathPart === '' || pathPart === '.' || pathPart === './') return { kind: 'page', anchorsFrom: shown.get(`${article.locale}/${article.slug}`) ?? article, hash };
    let absolute = pathPart.startsWith('/') ? pathPart : new URL(pathPart, `http://site${here}`).pathname;
    if (basePath !== '/' && absolute.startsWith(basePath)) absolute = absolute.slice(basePath.length - 1);
    const segments = absolute.split('/').filter(Boolean).map(safeDecode);
    if (/\.[a-z0-9]{2,5}$/i.test(segments.at(-1) ?? '')) return { kind: 'outside' }; // a file such as /favicon.svg
    const [locale, first, ...rest] = segments;
    // Relative links say where they lead: "../x" resolved is what the writer has to check.
    const named = pathPart.startsWith('/') ? `Link to "${href}"` : `Link to "${href}" leads to ${absolute}, which`;
    if (!locale) return { kind: 'page', hash };
    if (!corpus.locales.includes(locale)) {
      return { kind: 'missing', message: `${named} is not under a locale of this site (${corpus.locales.join(', ')}). Article links look like ../other-article/ or /${article.locale}/other-article/.` };
    }
    if (!first) return { kind: 'page', hash };
    if (first === 'topics' && rest.length === 1) {
      if (corpus.categoryIds.has(rest[0]!)) return { kind: 'page', hash };
      return { kind: 'missing', message: `${named} names a category "${rest[0]}" that categories.yaml does not have.` };
    }
    if (rest.length === 0 && reservedSlugs.includes(first) && first !== 'topics' && first !== 'index') return { kind: 'page', hash };
    if (trees.some((tree) => tree.paths[locale] === first)) return { kind: 'page', hash }; // a tree's steps
    if (rest.length === 0) {
      if (slugs.has(first)) return { kind: 'page', anchorsFrom: shown.get(`${locale}/${first}`), hash };
      if (corpus.articles.some((a) => a.draft && a.slug === first)) {
        return { kind: 'missing', message: `Link to "${href}" leads to a draft: ${first}.mdx has "draft: true", so the site leaves it out. Publish it first (delete that line), or remove the link.` };
      }
      const close = closest(first, [...slugs]);
      return { kind: 'missing', message: `Link to "${href}" has no article: no file is named ${first}.mdx in any locale.${close ? ` Did you mean "${close}"?` : ''}` };
    }
    // "refund/" written inside /id/guide/ means /id/guide/refund/: almost always a missing "../".
    const meant = rest.length === 1 && first === article.slug && slugs.has(rest[0]!) ? ` To link to the article "${rest[0]}", write ../${rest[0]}/.` : '';
    return { kind: 'missing', message: `${named} is no page of the site.${meant}` };
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
      const shownText = from.locale !== article.locale && from !== article ? ` (it shows the ${from.locale} text, so use that text's section ids)` : '';
      const sections = sectionIds.length ? ` Sections: ${listOf(sectionIds.map((id) => `#${id}`), 6)}.` : '';
      problems.push(problem('link-anchor', article.file, at, `Link to "${url}": ${page} has no section "#${target.hash}"${shownText}.${close ? ` Did you mean "#${close}"?` : ''}${sections}`));
    }
    return problems;
  });
};

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
