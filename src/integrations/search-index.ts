// Builds the search index from the built pages, one Pagefind bundle per locale:
//   <out>/pagefind/<locale>/              articles written in the locale's language;
//   <out>/pagefind/<locale>/from-<other>/ articles the locale shows untranslated, indexed from
//                                         their original page (so in their own language), filed
//                                         under the reader's URL.
//   <out>/pagefind/<locale>/pandu-words.json the locale's synonyms and stop words
//                                         (content/search/<locale>.yaml) and the words of its
//                                         articles, for "did you mean" (src/client/search/query.ts).
// Pagefind files and stems a page by its <html lang>: an untranslated article shown under another
// locale never enters that locale's own index. The search UI merges the from-<other> bundle in
// and shows its hits as a group in that language.
// Which untranslated articles a locale shows comes from the article routes, not from its pages:
// a shard (src/lib/shard.ts) holds the original pages of its own locales only, and indexes the
// from-<its locale> bundles of every other locale.
import * as pagefind from 'pagefind';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { searchWordsSchema } from '../lib/schemas.ts';
import { setPagefindChunkSize } from '../lib/env.ts';
import { childrenExited } from '../lib/build-phases.ts';
import { bundleFolder, bundleLanguage, pageOfFile, searchWordsFile } from '../lib/routes.ts';
import type { LocaleWords } from '../client/search/query.ts';
import type { ArticleRoute } from '../lib/i18n.ts';
import { searchBundlesOf } from '../lib/shard.ts';
import { keepFile } from '../lib/incremental.ts';
import { mapInParallel } from '../lib/parallel.ts';

/** A problem that stops the build; the message says what is wrong and how to fix it. */
export class SearchIndexError extends Error {
  constructor(message: string) {
    super(`Search index: ${message}`);
    this.name = 'SearchIndexError';
  }
}

/** Parts of an article page that are not its text: navigation, labels, buttons, references. */
export const excludedSelectors = [
  'button', // print, copy, listen: interface, never text
  '.toc', // "On this page": repeats the headings
  '.article-header .meta', // "Reviewed: <date>"
  '.method-label', // "Method 1 of 2"
  '.callout-label', // "Tip", "Warning"
  '.phrase-meaning-label', // "What it means:"
  '.contact-facts dt', // "Hours", "Last verified" (the facts themselves stay)
  '[data-decision-tree]', // a "Which topic?" tree inside an article: questions and links
  '.visually-hidden', // labels for screen readers ("Say this:")
  '[data-footnote-ref]', // footnote numbers in the text
  '[data-footnotes]', // the references list (sources, not help)
];

/** A phrase card's sentence in another language than the article: the agent's words, not the reader's. */
const otherLanguagePhrases = (language: string) => `.phrase-say:not([lang="${language}"])`;

/** Files the JS API loads from the bundle it starts with: its code and search engine. */
const engineFile = (path: string) => path === 'pagefind.js' || /^wasm\.[\w-]+\.pagefind$/.test(path);
/** Files of the index itself (also all a merged bundle needs). */
const indexFile = (path: string) =>
  path === 'pagefind-entry.json' ||
  /^pagefind\.[\w-]+\.pf_meta$/.test(path) ||
  /^(index|fragment|filter)\/[\w-]+\.pf_(index|fragment|filter)$/.test(path);

/** The files a browser needs for the JS API; Pagefind's ready-made UIs and its worker are left out. */
export function isRuntimeFile(path: string): boolean {
  return engineFile(path) || indexFile(path);
}

export interface Bundle {
  /** Folder under pagefind/: "id", or "id/from-en". */
  path: string;
  pages: number;
}

/**
 * At most this many words of a locale go into its vocabulary, the ones on most pages first: about
 * 30 KB gzip at the most, loaded with the first search.
 */
const vocabularySize = 6000;

/** Per word, the number of pages that hold it. */
export type WordCounts = Map<string, number>;

/** The words of a page as Pagefind stored it (text, title, keywords), each once. */
function pageWords(fragment: Uint8Array): Set<string> {
  const text = gunzipSync(fragment).toString('utf8');
  const data = JSON.parse(text.slice(text.indexOf('{'))) as { content?: string; meta?: Record<string, string> };
  const all = [data.content ?? '', data.meta?.title ?? '', data.meta?.keywords ?? ''].join(' ').toLowerCase();
  return new Set(all.match(/[\p{L}\p{M}]{3,}/gu) ?? []);
}

/** Counts the words of the pages of a bundle (its fragment folder) into `words`; returns the number of pages. */
async function countWords(fragments: string, words: WordCounts): Promise<number> {
  const names = await readdir(fragments).catch(() => []);
  const files = names.filter((name) => name.endsWith('.pf_fragment'));
  await mapInParallel(files, async (name) => {
    for (const word of pageWords(await readFile(join(fragments, name)))) words.set(word, (words.get(word) ?? 0) + 1);
  });
  return files.length;
}

/** The vocabulary: words on most pages first (they win a tie in "did you mean"), then a to z. */
function vocabulary(counts: WordCounts): string[] {
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, vocabularySize)
    .map(([word]) => word);
}

/** content/search/<locale>.yaml (`npm run check` explains its mistakes); none is fine. */
async function searchWordsOf(
  dir: string | undefined,
  locale: string,
): Promise<Pick<LocaleWords, 'synonyms' | 'stopWords'>> {
  const file = dir && join(dir, `${locale}.yaml`);
  const text = file ? await readFile(file, 'utf8').catch(() => undefined) : undefined;
  if (text === undefined) return { synonyms: [], stopWords: [] };
  const result = searchWordsSchema.safeParse(parse(text) ?? {});
  if (!result.success)
    throw new SearchIndexError(`${where(file!)} is not valid; run \`npm run check\` to see where and how to fix it.`);
  return result.data;
}

/** A page to index. Its HTML stays on disk until Pagefind reads it: at 10,000 pages a locale, holding them all took gigabytes. */
interface Page {
  /** URL under the base path: "/id/phrasebook/". */
  url: string;
  /** The HTML file. */
  file: string;
  language: string;
}

async function htmlFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const where = (file: string) => relative(process.cwd(), file);
const htmlLang = (html: string) => /<html\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1];
const searchable = (html: string) => html.includes('data-pagefind-body');

/** The pages under /<locale>/ marked for search: the articles written in the locale's language. */
async function ownPages(outDir: string, locale: string): Promise<Page[]> {
  const files = await htmlFilesUnder(join(outDir, locale));
  const pages = await mapInParallel(files, async (file): Promise<Page | undefined> => {
    const html = await readFile(file, 'utf8');
    if (!searchable(html)) return undefined;
    const lang = htmlLang(html);
    // Pagefind files a page under its <html lang>: a mismatch would put it in another index.
    if (lang !== locale)
      throw new SearchIndexError(
        `${where(file)}: <html lang="${lang ?? ''}"> but the page is under /${locale}/. Pages of a locale must declare its language.`,
      );
    return { url: `/${pageOfFile(relative(outDir, file).split(sep).join('/'))}`, file, language: locale };
  });
  return pages.filter((page) => page !== undefined);
}

/**
 * The articles `locale` shows untranslated from `language`, each indexed from its original page
 * (/<language>/<slug>/, in this build) and filed under the reader's URL (/<locale>/<slug>/).
 */
async function pagesShownFrom(
  outDir: string,
  locale: string,
  language: string,
  routes: readonly ArticleRoute[],
): Promise<Page[]> {
  const paths = routes
    .filter((r) => r.locale === locale && r.contentLocale === language)
    .map((r) => `${r.slug}/index.html`)
    .sort();
  return mapInParallel(paths, async (path) => {
    const original = join(outDir, language, path);
    const html = await readFile(original, 'utf8').catch(() => '');
    if (!searchable(html)) {
      throw new SearchIndexError(
        `${where(join(outDir, locale, path))} shows an article in "${language}", but ${where(original)} has no text marked for search (data-pagefind-body).`,
      );
    }
    return { url: `/${locale}/${pageOfFile(path)}`, file: original, language };
  });
}

/**
 * Indexes `pages` (all in one language) and writes the bundle; `engine` adds pagefind.js and the
 * WebAssembly. Counts the words of the pages into `words`. A locale's own pages (`fromFolder`)
 * are read by Pagefind from the output folder itself, and the bundle is written by it to a
 * scratch folder: sending every page and file through its Node API as JSON took twice as long.
 */
async function writeBundle(
  outDir: string,
  path: string,
  pages: Page[],
  engine: boolean,
  words: WordCounts,
  fromFolder?: string,
): Promise<Bundle> {
  const language = pages[0]?.language ?? '';
  const { index, errors } = await pagefind.createIndex({
    excludeSelectors: [...excludedSelectors, otherLanguagePhrases(language)],
  });
  if (!index || errors.length) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
  if (fromFolder !== undefined) {
    // Only the pages marked for search: Pagefind's API indexes every page it is given. The files
    // go in globs of `globFiles` each: Pagefind refuses a glob of 10,000.
    const files = pages.map((page) => relative(outDir, page.file).split(sep).join('/'));
    let indexed = 0;
    for (let start = 0; start < files.length; start += globFiles) {
      const glob = `{${files.slice(start, start + globFiles).join(',')}}`;
      const added = await index.addDirectory({ path: outDir, glob });
      if (added.errors.length)
        throw new SearchIndexError(`${where(join(outDir, fromFolder))}: ${added.errors.join('; ')}`);
      indexed += added.page_count;
    }
    if (indexed !== pages.length)
      throw new SearchIndexError(
        `${where(join(outDir, fromFolder))}: Pagefind indexed ${indexed} pages, expected ${pages.length}.`,
      );
  } else {
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: page.url, content: await readFile(page.file, 'utf8') });
      if (added.errors.length) throw new SearchIndexError(`${where(page.file)}: ${added.errors.join('; ')}`);
    }
  }
  // Straight into the bundle's folder: Pagefind adds to a folder and never empties it. Then the
  // files the site does not serve go: Pagefind's ready-made UIs and, but in the bundle a search
  // starts from, the engine.
  const target = join(outDir, bundleFolder(path));
  const written = await index.writeFiles({ outputPath: target });
  if (written.errors.length)
    throw new SearchIndexError(`writing ${bundleFolder(path)} failed: ${written.errors.join('; ')}`);
  for (const entry of await readdir(target, { withFileTypes: true }))
    if (entry.isFile() && !(indexFile(entry.name) || (engine && engineFile(entry.name))))
      await rm(join(target, entry.name));
  await countWords(join(target, 'fragment'), words);
  await index.deleteIndex();
  return { path, pages: pages.length };
}

/**
 * Copies a bundle of the last build that an incremental build does not index again (none of its
 * pages changed), and counts the words of its pages into `words`, as writeBundle does.
 */
async function keepBundle(
  outDir: string,
  previous: string,
  path: string,
  engine: boolean,
  words: WordCounts,
): Promise<Bundle> {
  const source = join(previous, bundleFolder(path));
  const target = join(outDir, bundleFolder(path));
  const names = (await readdir(source, { recursive: true, withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(source, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((name) => indexFile(name) || (engine && engineFile(name)));
  for (const folder of new Set(names.map((name) => dirname(join(target, name)))))
    await mkdir(folder, { recursive: true });
  // Linked, not copied: Pagefind's files are only ever written whole, by a build into its own folder.
  await mapInParallel(names, (name) => keepFile(join(source, name), join(target, name), true));
  const pages = await countWords(join(target, 'fragment'), words);
  if (!pages)
    throw new SearchIndexError(
      `${where(source)} is missing or empty: the last build's search bundle cannot be kept. Run \`npm run build -- --full\`.`,
    );
  return { path, pages };
}

/** Article pages (all locales) up to which the locales are indexed at once. */
const indexTogetherUpTo = 8000;

/** Files named in one glob of Pagefind's addDirectory (2,000 worked, 10,000 did not parse). */
const globFiles = 1000;

/**
 * Bytes of an index chunk (Pagefind's default is about 20 KB). A search fetches the chunks of its
 * words; smaller chunks keep a first search within its 120 KB budget on large sites (at 1,000
 * articles a locale, a two-word query fetched 67 KB of chunks by default, 20 KB at this size).
 * Pagefind reads it from its environment; the name says it may change in a later version.
 */
const indexChunkBytes = '5000';

/** What a build indexes: the site's locales, the ones whose pages it holds, and every article route. */
export interface SearchPlan {
  locales: readonly string[];
  /** Locales whose pages are in the output folder: all of them, or a shard's (src/lib/shard.ts). */
  built: readonly string[];
  routes: readonly ArticleRoute[];
  /** An incremental build: the last build's folder, and the bundles indexed again; the others are copied from there. */
  reuse?: { previous: string; reindexed: ReadonlySet<string> };
}

/**
 * A locale's search words before its vocabulary is chosen: the writers' synonyms and stop words,
 * and per word the number of its pages that hold it. Shards each count the bundles they write;
 * the counts add up (`npm run merge-shards`), so the merged vocabulary is the whole build's.
 */
export interface WordCount extends Pick<LocaleWords, 'synonyms' | 'stopWords'> {
  counts: WordCounts;
}

/** The bundles of one locale that `plan` builds, and the words of its pages. */
async function indexLocale(
  outDir: string,
  plan: SearchPlan,
  locale: string,
  searchWordsDir: string | undefined,
): Promise<{ locale: string; bundles: Bundle[]; words?: WordCount }> {
  const bundles: Bundle[] = [];
  const counts: WordCounts = new Map();
  const kept = (path: string) => plan.reuse !== undefined && !plan.reuse.reindexed.has(path);
  const own = plan.built.includes(locale) && !kept(locale) ? await ownPages(outDir, locale) : [];
  const wanted = searchBundlesOf(plan.routes, locale);
  if (plan.built.includes(locale) && wanted[0] === locale && !kept(locale) && !own.length) {
    throw new SearchIndexError(
      `/${locale}/ has articles written in its language, but none of its pages has text marked for search (data-pagefind-body).`,
    );
  }
  for (const [i, path] of wanted.entries()) {
    // The first bundle is where the locale's search starts: it carries the engine.
    const language = bundleLanguage(path);
    if (!plan.built.includes(language)) continue;
    if (plan.reuse && kept(path)) bundles.push(await keepBundle(outDir, plan.reuse.previous, path, i === 0, counts));
    else if (language === locale) bundles.push(await writeBundle(outDir, path, own, i === 0, counts, locale));
    else {
      const pages = await pagesShownFrom(outDir, locale, language, plan.routes);
      bundles.push(await writeBundle(outDir, path, pages, i === 0, counts));
    }
  }
  if (!counts.size) return { locale, bundles };
  return { locale, bundles, words: { ...(await searchWordsOf(searchWordsDir, locale)), counts } };
}

/**
 * Indexes the bundles of `plan.built` into `outDir`, with the writers' search words of
 * `searchWordsDir` (content/search/); throws SearchIndexError on any problem. A locale's own
 * bundle is indexed by the build that renders it; `<locale>/from-<language>` by the build that
 * renders <language>, which holds the original pages. Returns the bundles and the word counts.
 */
export async function buildSearchIndex(
  outDir: string,
  plan: SearchPlan,
  searchWordsDir?: string,
): Promise<{ bundles: Bundle[]; words: Map<string, WordCount> }> {
  setPagefindChunkSize(indexChunkBytes);
  await rm(join(outDir, 'pagefind'), { recursive: true, force: true });
  try {
    // Locales are indexed at once (Pagefind's service works on one while Node reads the other's
    // files), except on large sites: Pagefind holds about 0.1 MB a page while it writes a bundle,
    // and two bundles of 10,000 pages at once took it to 2.3 GB.
    const index = (locale: string) => indexLocale(outDir, plan, locale, searchWordsDir);
    const perLocale: Awaited<ReturnType<typeof index>>[] = [];
    if (plan.routes.length <= indexTogetherUpTo) perLocale.push(...(await Promise.all(plan.locales.map(index))));
    else for (const locale of plan.locales) perLocale.push(await index(locale));
    const bundles = perLocale.flatMap((l) => l.bundles);
    const words = new Map(perLocale.flatMap((l) => (l.words ? [[l.locale, l.words] as const] : [])));
    return { bundles, words };
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    throw new SearchIndexError(`Pagefind failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await pagefind.close();
    await childrenExited('pagefind');
  }
}

/**
 * Writes <locale>/pandu-words.json for every locale with words, from the counts of one build or
 * of all shards added up: the words on most pages, for "did you mean".
 */
export async function writeWordsFiles(outDir: string, words: ReadonlyMap<string, WordCount>): Promise<void> {
  for (const [locale, { synonyms, stopWords, counts }] of words) {
    const localeWords: LocaleWords = { synonyms, stopWords, words: vocabulary(counts) };
    await writeFile(join(outDir, searchWordsFile(locale)), JSON.stringify(localeWords));
  }
}

/** Adds the word counts of shards (all of the same content) into one per locale. */
export function addWordCounts(parts: Iterable<ReadonlyMap<string, WordCount>>): Map<string, WordCount> {
  const total = new Map<string, WordCount>();
  for (const part of parts) {
    for (const [locale, { synonyms, stopWords, counts }] of part) {
      const sum = total.get(locale) ?? { synonyms, stopWords, counts: new Map() };
      for (const [word, n] of counts) sum.counts.set(word, (sum.counts.get(word) ?? 0) + n);
      total.set(locale, sum);
    }
  }
  return total;
}
