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
import * as pagefind from 'pagefind';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { searchWordsSchema } from '../lib/schemas.ts';
import { setPagefindChunkSize } from '../lib/env.ts';
import { bundleFolder, pageOfFile, searchBundle, searchWordsFile } from '../lib/routes.ts';
import type { LocaleWords } from '../client/search/query.ts';

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
type WordCounts = Map<string, number>;

/** The words of a page as Pagefind stored it (text, title, keywords), each once. */
function pageWords(fragment: Uint8Array): Set<string> {
  const text = gunzipSync(fragment).toString('utf8');
  const data = JSON.parse(text.slice(text.indexOf('{'))) as { content?: string; meta?: Record<string, string> };
  const all = [data.content ?? '', data.meta?.title ?? '', data.meta?.keywords ?? ''].join(' ').toLowerCase();
  return new Set(all.match(/[\p{L}\p{M}]{3,}/gu) ?? []);
}

/** The vocabulary: words on most pages first (they win a tie in "did you mean"), then a to z. */
function vocabulary(counts: WordCounts): string[] {
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, vocabularySize).map(([word]) => word);
}

/** content/search/<locale>.yaml (`npm run check` explains its mistakes); none is fine. */
async function searchWordsOf(dir: string | undefined, locale: string): Promise<Pick<LocaleWords, 'synonyms' | 'stopWords'>> {
  const file = dir && join(dir, `${locale}.yaml`);
  const text = file ? await readFile(file, 'utf8').catch(() => undefined) : undefined;
  if (text === undefined) return { synonyms: [], stopWords: [] };
  const result = searchWordsSchema.safeParse(parse(text) ?? {});
  if (!result.success) throw new SearchIndexError(`${where(file!)} is not valid; run \`npm run check\` to see where and how to fix it.`);
  return result.data;
}

interface Page {
  /** URL under the base path: "/id/phrasebook/". */
  url: string;
  html: string;
  /** Where the HTML came from, for messages. */
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
/** The language of an article shown untranslated: <article … lang="en"> on a page of another locale. */
const articleLang = (html: string) => /<article\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1];
const searchable = (html: string) => html.includes('data-pagefind-body');

/** The pages a locale's readers search: its own, and per other language those it shows untranslated. */
async function pagesOf(outDir: string, locale: string, locales: readonly string[]) {
  const own: Page[] = [];
  const shownFrom = new Map<string, Page[]>();
  const localeDir = join(outDir, locale);
  for (const file of await htmlFilesUnder(localeDir)) {
    const html = await readFile(file, 'utf8');
    const url = `/${pageOfFile(relative(outDir, file).split(sep).join('/'))}`;
    if (searchable(html)) {
      const lang = htmlLang(html);
      // Pagefind files a page under its <html lang>: a mismatch would put it in another index.
      if (lang !== locale) throw new SearchIndexError(`${where(file)}: <html lang="${lang ?? ''}"> but the page is under /${locale}/. Pages of a locale must declare its language.`);
      own.push({ url, html, file, language: locale });
      continue;
    }
    const language = articleLang(html);
    if (!language || language === locale || !locales.includes(language)) continue;
    const original = join(outDir, language, relative(localeDir, file));
    const originalHtml = await readFile(original, 'utf8').catch(() => '');
    if (!searchable(originalHtml)) {
      throw new SearchIndexError(`${where(file)} shows an article in "${language}", but ${where(original)} has no text marked for search (data-pagefind-body).`);
    }
    shownFrom.set(language, [...(shownFrom.get(language) ?? []), { url, html: originalHtml, file: original, language }]);
  }
  return { own, shownFrom };
}

/**
 * Indexes `pages` (all in one language) and writes the bundle; `engine` adds pagefind.js and the
 * WebAssembly. Counts the words of the pages into `words`.
 */
async function writeBundle(outDir: string, path: string, pages: Page[], engine: boolean, words: WordCounts): Promise<Bundle> {
  const language = pages[0]?.language ?? '';
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...excludedSelectors, otherLanguagePhrases(language)] });
  if (!index || errors.length) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
  for (const page of pages) {
    const added = await index.addHTMLFile({ url: page.url, content: page.html });
    if (added.errors.length) throw new SearchIndexError(`${where(page.file)}: ${added.errors.join('; ')}`);
  }
  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length) throw new SearchIndexError(`writing ${bundleFolder(path)} failed: ${fileErrors.join('; ')}`);
  const target = join(outDir, bundleFolder(path));
  for (const file of files) {
    const name = file.path.split(sep).join('/');
    if (name.startsWith('fragment/')) for (const word of pageWords(file.content)) words.set(word, (words.get(word) ?? 0) + 1);
    if (!(indexFile(name) || (engine && engineFile(name)))) continue;
    await mkdir(dirname(join(target, name)), { recursive: true });
    await writeFile(join(target, name), file.content);
  }
  await index.deleteIndex();
  return { path, pages: pages.length };
}

/**
 * Bytes of an index chunk (Pagefind's default is about 20 KB). A search fetches the chunks of its
 * words; smaller chunks keep a first search within its 120 KB budget on large sites (at 1,000
 * articles a locale, a two-word query fetched 67 KB of chunks by default, 20 KB at this size).
 * Pagefind reads it from its environment; the name says it may change in a later version.
 */
const indexChunkBytes = '5000';

/**
 * Indexes every locale of the built site in `outDir`, with the writers' search words of
 * `searchWordsDir` (content/search/); throws SearchIndexError on any problem.
 */
export async function buildSearchIndex(outDir: string, locales: readonly string[], searchWordsDir?: string): Promise<Bundle[]> {
  setPagefindChunkSize(indexChunkBytes);
  await rm(join(outDir, 'pagefind'), { recursive: true, force: true });
  try {
    const bundles: Bundle[] = [];
    for (const locale of locales) {
      const { own, shownFrom } = await pagesOf(outDir, locale, locales);
      const words: WordCounts = new Map();
      if (own.length) bundles.push(await writeBundle(outDir, locale, own, true, words));
      for (const [language, pages] of [...shownFrom].sort(([a], [b]) => a.localeCompare(b))) {
        // With no article of its own, the locale's search starts from this bundle: it needs the engine.
        const first = !own.length && bundles.every((b) => !b.path.startsWith(`${locale}/`));
        bundles.push(await writeBundle(outDir, searchBundle(locale, language), pages, first, words));
      }
      if (!words.size) continue;
      const localeWords: LocaleWords = { ...(await searchWordsOf(searchWordsDir, locale)), words: vocabulary(words) };
      await writeFile(join(outDir, searchWordsFile(locale)), JSON.stringify(localeWords));
    }
    return bundles;
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    throw new SearchIndexError(`Pagefind failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await pagefind.close();
  }
}
