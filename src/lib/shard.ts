// A build of some of the site's locales (a shard: `npm run build -- --locales en --out <dir>`),
// to be merged with the others' (`npm run merge-shards`, docs/scaling.md). A shard renders the
// pages of its locales only, and bundles only the articles those pages show: its own, the
// originals of its untranslated fallbacks, and the articles decision trees point at (their
// headings are checked in every locale). Every article's front matter is still read, so links,
// hreflang alternates, fallbacks and keywords are those of the whole site.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleRoutes, splitArticleId, type ArticleRoute } from './i18n.ts';
import { articlesReferenced, readTree } from '../core/tree-check.ts';
import { searchBundle } from './routes.ts';
import { shardLocalesSetting } from './env.ts';

/**
 * The locales this build renders: scripts/build.ts passes its --locales flag here (an internal
 * hand-over inside the build process, like PANDU_ASTRO_ROOT); undefined for a whole-site build.
 */
export function shardLocales(): string[] | undefined {
  return shardLocalesSetting();
}

/** What the article loader saw of an article: its id ("en/refund") and whether it is a stub. */
export interface ArticleEntryInfo {
  id: string;
  stub: boolean;
}

/** One route per article and locale, as the pages make them (src/lib/content.ts): stubs are no article. */
export function routesOf(
  entries: readonly ArticleEntryInfo[],
  locales: readonly string[],
  defaultLocale: string,
): ArticleRoute[] {
  return articleRoutes(
    entries.filter((e) => !e.stub).map((e) => splitArticleId(e.id)),
    locales,
    defaultLocale,
  );
}

/** Slugs the decision trees of a content folder point at (read leniently, as src/lib/tree-content.ts does). */
export function treeArticleSlugs(contentDir: string): Set<string> {
  const dir = join(contentDir, 'trees');
  if (!existsSync(dir)) return new Set();
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  return new Set(files.flatMap((f) => articlesReferenced(readTree(`trees/${f}`, readFileSync(join(dir, f), 'utf8')))));
}

/** Ids of the articles a build of `built` renders: the text of each of its routes, and every article a tree points at. */
export function renderedArticleIds(
  routes: readonly ArticleRoute[],
  built: readonly string[],
  treeSlugs: ReadonlySet<string>,
): Set<string> {
  return new Set(
    routes.filter((r) => built.includes(r.locale) || treeSlugs.has(r.slug)).map((r) => `${r.contentLocale}/${r.slug}`),
  );
}

// The routes the article loader found, for the search index of the same build (Astro loads the
// config's integrations and the content config as separate module graphs, in one process).
const routesKey = Symbol.for('pandu.article-routes');
type Registry = Record<symbol, ArticleRoute[] | undefined>;

export function recordRoutes(routes: ArticleRoute[]): void {
  (globalThis as Registry)[routesKey] = routes;
}

/** The routes of the articles of this build, once its content is loaded. */
export function recordedRoutes(): ArticleRoute[] {
  const routes = (globalThis as Registry)[routesKey];
  if (!routes)
    throw new Error(
      'The article routes are not known yet: the content collections load first (src/content.config.ts).',
    );
  return routes;
}

/** Bundle folders under pagefind/ that a locale's readers search, the one to load first leading: its own ("id"), then "id/from-en", … */
export function searchBundlesOf(routes: readonly ArticleRoute[], locale: string): string[] {
  const written = new Set(routes.filter((r) => r.locale === locale).map((r) => r.contentLocale));
  const others = [...written].filter((l) => l !== locale).sort((a, b) => a.localeCompare(b));
  return [...(written.has(locale) ? [locale] : []), ...others.map((l) => searchBundle(locale, l))];
}

/** A shard's own files for the merge, never part of the site: its manifest and word counts. */
export const shardFolder = 'pandu-shard';
export const shardManifestFile = `${shardFolder}/shard.json`;
export const shardWordsFile = `${shardFolder}/words.json`;

/** Search words of a locale before its vocabulary is chosen (see WordCount in src/integrations/search-index.ts). */
interface WordCountData {
  synonyms: string[][];
  stopWords: string[];
  counts: Map<string, number>;
}

export function serializeWords(words: ReadonlyMap<string, WordCountData>): string {
  const data = Object.fromEntries(
    [...words].map(([locale, w]) => [locale, { synonyms: w.synonyms, stopWords: w.stopWords, counts: [...w.counts] }]),
  );
  return `${JSON.stringify(data)}\n`;
}

export function parseWords(text: string): Map<string, WordCountData> {
  const data = JSON.parse(text) as Record<
    string,
    { synonyms: string[][]; stopWords: string[]; counts: [string, number][] }
  >;
  return new Map(
    Object.entries(data).map(([locale, w]) => [
      locale,
      { synonyms: w.synonyms, stopWords: w.stopWords, counts: new Map(w.counts) },
    ]),
  );
}
