// Reads the content collections once per build and answers what pages need:
// strings per locale, categories, channels, articles with their routes and fallbacks.
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  articleRoutes,
  splitArticleId,
  pickText,
  langAttributes,
  type ArticleRoute,
  type LocalText,
  type LocalizedText,
} from './i18n.ts';
import settings from 'virtual:pandu/site';
import { sitePaths, withTrailingSlash } from './routes.ts';
import { shardLocales } from './shard.ts';
import { contentDir } from './env.ts';
import { readTranslationReport, type TranslationReport } from '../core/translation-report.ts';
import type { UiStrings } from './schemas.ts';

/** content/site.yaml, as astro.config.mjs read and checked it (src/integrations/site.ts). */
export const site = settings;
export const locales = site.locales;
/** The locales whose pages this build renders: all, or a shard's (src/lib/shard.ts). Links and alternates still use `locales`. */
export const builtLocales = shardLocales() ?? locales;
export const base = withTrailingSlash(import.meta.env.BASE_URL);
/** Every URL of the site under this build's base path (src/lib/routes.ts). */
export const paths = sitePaths(base);

export type Article = CollectionEntry<'articles'> & { locale: string; slug: string };

/** A content mistake found while building pages: names the file and the fix, no stack trace. */
export class ContentError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'ContentError';
  }
}

const ui = new Map((await getCollection('ui')).map((e) => [e.id, e.data]));
for (const locale of locales) {
  if (!ui.has(locale))
    throw new ContentError(
      `content/ui/${locale}.yaml`,
      `missing: every locale in site.yaml needs its interface strings. Copy content/ui/${site.defaultLocale}.yaml and translate it.`,
    );
}
export function strings(locale: string): UiStrings {
  return ui.get(locale)!;
}

/**
 * A category, channel or tree text in `locale`, falling back to the default locale's text
 * (`npm run check` warns about each missing one). Render it with `textAttributes`.
 */
export function localized(value: LocalizedText, locale: string): LocalText;
export function localized(value: LocalizedText | undefined, locale: string): LocalText | undefined;
export function localized(value: LocalizedText | undefined, locale: string): LocalText | undefined {
  return pickText(value, locale, site.defaultLocale);
}
/** `lang` (and `dir`) for an element holding `text` on a page of `locale`; nothing when it is in the page's language. */
export function textAttributes(text: LocalText | undefined, locale: string) {
  return text ? langAttributes(text.lang, locale) : {};
}

export const categories = (await getCollection('categories')).map((e) => e.data).sort((a, b) => a.order - b.order);
export const channels = (await getCollection('channels')).map((e) => e.data);

export function channel(id: string) {
  const found = channels.find((c) => c.id === id);
  if (!found) {
    throw new ContentError(
      'content/channels.yaml',
      `no channel "${id}". Known channels: ${channels.map((c) => c.id).join(', ')}.`,
    );
  }
  return found;
}

const categoryIds = new Set(categories.map((c) => c.id));
// A stub made by `npm run new` (`translation: missing`) is no article: its route falls back to the source text.
// A draft is left out of the build (no page, list, search or sitemap entry); `npm run dev` shows it for previews.
const articleEntries = await getCollection('articles');
const writtenEntries = articleEntries.filter(
  (entry) => entry.data.translation !== 'missing' && (import.meta.env.PANDU_SHOW_DRAFTS || !entry.data.draft),
);
/** Slugs left out as drafts, so links and trees to them can say so (the check's words). */
export const draftSlugs: ReadonlySet<string> = new Set(
  import.meta.env.PANDU_SHOW_DRAFTS
    ? []
    : articleEntries.filter((entry) => entry.data.draft).map((entry) => splitArticleId(entry.id).slug),
);
export const articles: Article[] = writtenEntries.map((entry) => {
  const { locale, slug } = splitArticleId(entry.id);
  if (!locales.includes(locale)) {
    throw new ContentError(
      entry.filePath ?? entry.id,
      `"${locale}" is not a locale of this site (${locales.join(', ')}). Move the file under content/articles/<locale>/.`,
    );
  }
  if (!categoryIds.has(entry.data.category)) {
    throw new ContentError(
      entry.filePath ?? entry.id,
      `category "${entry.data.category}" is not in content/categories.yaml. Use one of: ${[...categoryIds].join(', ')}.`,
    );
  }
  return Object.assign(entry, { locale, slug });
});

const bySlugAndLocale = new Map(articles.map((a) => [`${a.locale}/${a.slug}`, a]));
export function findArticle(locale: string, slug: string): Article | undefined {
  return bySlugAndLocale.get(`${locale}/${slug}`);
}

export const routes: ArticleRoute[] = articleRoutes(articles, locales, site.defaultLocale);

/** An article as a page of `locale`: its text (maybe from another locale) and URL. */
export interface ArticlePage extends ArticleRoute {
  entry: Article;
  href: string;
}
export function articlePage(route: ArticleRoute): ArticlePage {
  return {
    ...route,
    entry: findArticle(route.contentLocale, route.slug)!,
    href: paths.article(route.locale, route.slug),
  };
}

const byLocale = new Map<string, ArticlePage[]>();
/** Every article page of a locale, in reading order (category order, then article order, then title). Computed once. */
export function articlesOf(locale: string): ArticlePage[] {
  let list = byLocale.get(locale);
  if (!list) byLocale.set(locale, (list = sortedArticlesOf(locale)));
  return list;
}
function sortedArticlesOf(locale: string): ArticlePage[] {
  const categoryOrder = new Map(categories.map((c, i) => [c.id, i]));
  return routes
    .filter((r) => r.locale === locale)
    .map(articlePage)
    .sort(
      (a, b) =>
        categoryOrder.get(a.entry.data.category)! - categoryOrder.get(b.entry.data.category)! ||
        a.entry.data.order - b.entry.data.order ||
        a.entry.data.title.localeCompare(b.entry.data.title, locale),
    );
}

const byCategory = new Map<string, { list: ArticlePage[]; position: Map<string, number> }>();
/**
 * An article page's place in its category, in reading order: the previous and next article and
 * the first few others. Each category is listed once per locale: scanning the whole site for
 * every page made the build time grow with the square of the article count (docs/performance.md).
 */
export function neighbours(
  page: ArticlePage,
  relatedCount = 3,
): { previous?: ArticlePage; next?: ArticlePage; related: ArticlePage[] } {
  const key = `${page.locale}/${page.entry.data.category}`;
  let group = byCategory.get(key);
  if (!group) {
    const list = articlesOf(page.locale).filter((a) => a.entry.data.category === page.entry.data.category);
    byCategory.set(key, (group = { list, position: new Map(list.map((a, i) => [a.slug, i])) }));
  }
  const index = group.position.get(page.slug)!;
  return {
    previous: group.list[index - 1],
    next: group.list[index + 1],
    related: group.list
      .slice(0, relatedCount + 1)
      .filter((a) => a.slug !== page.slug)
      .slice(0, relatedCount),
  };
}

let report: TranslationReport | undefined;
/**
 * The translation status of every article (the translations pages): read once per build, as it
 * reads every article file (0.6 s at 2,000 articles per locale); read afresh under `npm run dev`.
 */
export function translationReport(): TranslationReport {
  if (import.meta.env.DEV) return readTranslationReport(contentDir());
  return (report ??= readTranslationReport(contentDir()));
}
