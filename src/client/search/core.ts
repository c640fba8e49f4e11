// The search itself: Pagefind for the reader's locale, loaded on first use from
// <base>pagefind/<locale>/ (never a hard-coded /pagefind/), and the ranking around it (docs/search.md):
//   1. the query as typed and the query without its stop words, merged by score; when they find
//      fewer than `fewHits` pages, again with their synonym variants (content/search/<locale>.yaml);
//   2. while that finds fewer than `enoughHits`: each word apart, below, ranked by the sum of
//      their scores (when nothing had every word: "some of your words");
//   and before all that, a word the site does not know is replaced by the closest word it does
//   ("did you mean").
// It runs in a Web Worker in the browser (worker.ts) and in Node in the tests: no DOM here.
// The untranslated articles a locale shows are in a bundle of their own language
// (<locale>/from-<language>, see src/integrations/search-index.ts): merged in, their hits come
// back as a group of that language.
import {
  meaningfulTerms,
  noWords,
  siteTerms,
  suggestionFor,
  termsOf,
  variantsOf,
  type LocaleWords,
  type Term,
} from './query.ts';
import { bundleLanguage, searchBundlePath, searchWordsPath } from '../../lib/routes.ts';

export interface SearchConfig {
  /** Base path ending in "/": "/" or "/help/". */
  base: string;
  /** The reader's locale. */
  locale: string;
  /** Bundle folders under <base>pagefind/ to search, the one with the engine first: "id id/from-en". */
  bundles: string[];
}

export interface Section {
  url: string;
  title: string;
  excerpt: string;
}
export interface Hit {
  url: string;
  title: string;
  category: string;
  /** Pagefind's excerpt: page text with the matched words in <mark>; to be rendered as text. */
  excerpt: string;
  /** The sections that match best, best first. */
  sections: Section[];
}
export interface HitGroup {
  /** Language the articles are written in: the reader's locale, or another for untranslated articles. */
  locale: string;
  hits: Hit[];
}
export interface Found {
  query: string;
  total: number;
  groups: HitGroup[];
  /** No page has all the words: the hits have some of them. */
  partial: boolean;
  /** The query with the words the site does not know corrected; the hits are for it. */
  suggestion?: string;
}

// The parts of Pagefind's JS API used here (pagefind.js has no type declarations).
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{
    url: string;
    excerpt: string;
    meta: Record<string, string | undefined>;
    sub_results: SubResult[];
  }>;
}
interface SubResult {
  url: string;
  title: string;
  excerpt: string;
  weighted_locations: { balanced_score: number }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(query: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

// Title and the writer's keywords weigh more than body text: a synonym in `keywords` finds the
// article. Headings weigh more than paragraphs by Pagefind's own default (h1 7 … h6 2).
export const ranking = { metaWeights: { title: 6, keywords: 4 } };
export const excerptLength = 22;
const sectionsShown = 3;
/** Fewer hits than this, and the query is relaxed to its words apart. */
export const enoughHits = 3;
/** Fewer hits than this, and the query's synonyms are searched too. */
export const fewHits = 10;
/** A page found through a synonym ranks a little below one found by the reader's own word. */
const synonymScore = 0.9;

/** Imports pagefind.js; tests pass one that reads the built files from disk. */
export type Importer = (url: string) => Promise<unknown>;
const importFromSite: Importer = (url) => import(/* @vite-ignore */ url);

/** The folder of a bundle: "<base>pagefind/id/from-en/". */
export const bundlePath = (config: SearchConfig, bundle: string) => searchBundlePath(config.base, bundle);
/** The locale's words (synonyms, stop words, vocabulary), written by the build next to its bundles. */
export const wordsFile = (config: SearchConfig) => searchWordsPath(config.base, config.locale);

interface Engine {
  pagefind: Pagefind;
  words: LocaleWords;
}

const engines = new Map<string, Promise<Engine>>();

async function loadWords(config: SearchConfig): Promise<LocaleWords> {
  const response = await fetch(wordsFile(config));
  // A site built without words for this locale still searches, just without their help.
  if (!response.ok) return noWords;
  return { ...noWords, ...((await response.json()) as Partial<LocaleWords>) };
}

/** Starts loading Pagefind (JS, WebAssembly, index metadata) and the locale's words; later calls share the load. */
export function loadEngine(config: SearchConfig, importer = importFromSite): Promise<Engine> {
  const key = config.base + config.bundles.join(' ');
  let engine = engines.get(key);
  if (engine) return engine;
  engine = (async () => {
    const [first, ...others] = config.bundles;
    if (!first) throw new Error('This site has no search index.');
    const words = loadWords(config);
    const pagefind = (await importer(`${bundlePath(config, first)}pagefind.js`)) as Pagefind;
    // Pagefind's own worker stays off: this whole module already runs in one.
    await pagefind.options({
      basePath: bundlePath(config, first),
      baseUrl: config.base,
      noWorker: true,
      excerptLength,
      ranking,
    });
    await pagefind.init();
    for (const bundle of others) {
      // The merged index reuses the first bundle's WebAssembly (no second download), so queries
      // are stemmed in the reader's language; prefix matching still finds most words.
      const language = bundleLanguage(bundle);
      await pagefind.mergeIndex(bundlePath(config, bundle), { language, baseUrl: config.base, excerptLength, ranking });
    }
    return { pagefind, words: await words };
  })();
  engine.catch(() => engines.delete(key)); // a failed load (offline) can be retried
  engines.set(key, engine);
  return engine;
}

/** Per page: its best score, the hit that gave it, and every hit of the page (one per query that found it). */
type Scores = Map<string, { result: PagefindResult; score: number; all: PagefindResult[] }>;

/** The hits of one page for every query that found it: its sections are ranked over all of them. */
const sameHits = new WeakMap<PagefindResult, PagefindResult[]>();

/** Runs each query; a page keeps its best score (synonym variants score a little lower). */
async function searchAll(pagefind: Pagefind, queries: string[], filters: Record<string, string>): Promise<Scores> {
  const scores: Scores = new Map();
  const responses = await Promise.all(queries.map((q) => pagefind.search(q, { filters })));
  responses.forEach((response, i) => {
    for (const result of response?.results ?? []) {
      const score = result.score * (i === 0 ? 1 : synonymScore);
      const known = scores.get(result.id);
      if (!known) scores.set(result.id, { result, score, all: [result] });
      else {
        known.all.push(result);
        if (score > known.score) Object.assign(known, { result, score });
      }
    }
  });
  return scores;
}

/**
 * Merges `more` into `scores` with `combine`. The page's hits add up; with `instead`, the hits of
 * `more` replace those before (the query without stop words: its excerpts and sections show the
 * words that matter, not "how").
 */
function merge(scores: Scores, more: Scores, combine: (a: number, b: number) => number, instead = false): void {
  for (const [id, next] of more) {
    const known = scores.get(id);
    if (!known) scores.set(id, next);
    else if (instead) scores.set(id, { ...next, score: combine(known.score, next.score) });
    else
      scores.set(id, {
        result: next.score >= known.score ? next.result : known.result,
        score: combine(known.score, next.score),
        all: [...known.all, ...next.all],
      });
  }
}

const byScore = (scores: Scores) =>
  [...scores.values()].sort((a, b) => b.score - a.score).map(({ result, all }) => (sameHits.set(result, all), result));

/** Each term apart (with its synonyms); a page scores the sum over the terms it holds. */
async function searchApart(
  pagefind: Pagefind,
  terms: Term[],
  filters: Record<string, string>,
): Promise<PagefindResult[]> {
  const total: Scores = new Map();
  for (const scores of await Promise.all(terms.map((t) => searchAll(pagefind, variantsOf([t]), filters))))
    merge(total, scores, (a, b) => a + b);
  return byScore(total);
}

/** The query as typed and without its stop words (merged by score), each with `variants` of its terms. */
async function bothWays(
  pagefind: Pagefind,
  terms: Term[],
  variants: (terms: Term[]) => string[],
  filters: Record<string, string>,
): Promise<Scores> {
  const meaningful = meaningfulTerms(terms);
  const scores = await searchAll(pagefind, variants(terms), filters);
  // Without its stop words: "how", "i" and "my" decide nothing.
  if (meaningful.length < terms.length)
    merge(scores, await searchAll(pagefind, variants(meaningful), filters), Math.max, true);
  return scores;
}

const asTyped = (terms: Term[]) => [terms.map((t) => t.text).join(' ')];

/** The hits for `query`, relaxed step by step until there are enough (see the top of this file). */
export async function rankedResults(
  pagefind: Pagefind,
  words: LocaleWords,
  query: string,
  filters: Record<string, string>,
): Promise<{ results: PagefindResult[]; partial: boolean }> {
  const terms = siteTerms(termsOf(query, words), words);
  let scores = await bothWays(pagefind, terms, asTyped, filters);
  // Synonyms widen a search that finds few pages; a common word needs none (and its synonyms
  // would cost index chunks to download).
  if (scores.size < fewHits && terms.some((t) => t.alternatives.length))
    scores = await bothWays(pagefind, terms, variantsOf, filters);
  const results = byScore(scores);
  const meaningful = meaningfulTerms(terms);
  if (results.length >= enoughHits || meaningful.length < 2) return { results, partial: false };
  const seen = new Set(results.map((r) => r.id));
  const apart = (await searchApart(pagefind, meaningful, filters)).filter((r) => !seen.has(r.id));
  return { results: [...results, ...apart], partial: results.length === 0 && apart.length > 0 };
}

type PageData = Awaited<ReturnType<PagefindResult['data']>>;

/**
 * The data of a hit, copied at once: Pagefind hands out one object per page and rewrites its
 * excerpt and sections at the next data() call for the same page (by another query). So calls
 * for one page run one after the other, each copied before the next.
 */
async function dataOf(result: PagefindResult): Promise<PageData> {
  const { url, excerpt, meta, sub_results } = await result.data();
  return { url, excerpt, meta: { ...meta }, sub_results: [...sub_results] };
}

/** A section's score: the weight of the query words in it, summed over every query that found its page. */
async function rankedSections(result: PagefindResult, first: PageData): Promise<Section[]> {
  const all = [first];
  for (const other of sameHits.get(result) ?? []) if (other !== result) all.push(await dataOf(other));
  const sections = new Map<string, { s: SubResult; order: number; score: number; best: number }>();
  for (const data of all) {
    data.sub_results.forEach((s, order) => {
      if (!s.url.includes('#')) return;
      const score = s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
      const known = sections.get(s.url);
      if (!known) sections.set(s.url, { s, order, score, best: score });
      // The excerpt that shows the query words best is the one to show.
      else
        sections.set(s.url, {
          ...known,
          s: score > known.best ? s : known.s,
          score: known.score + score,
          best: Math.max(score, known.best),
        });
    });
  }
  // Best first: a question about calling puts "Phone" on top; a tie keeps the order of the page.
  return [...sections.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, sectionsShown)
    .map(({ s }) => ({ url: s.url, title: s.title, excerpt: s.excerpt }));
}

async function toHit(result: PagefindResult, locale: string): Promise<{ language: string; hit: Hit }> {
  const data = await dataOf(result);
  const sections = await rankedSections(result, data);
  return {
    language: data.meta.language ?? locale,
    hit: {
      url: data.url,
      title: data.meta.title ?? data.url,
      category: data.meta.category ?? '',
      excerpt: data.excerpt,
      sections,
    },
  };
}

/** Loads the data of `results` and groups it: the reader's language first, then each other language. */
export async function loadHits(results: PagefindResult[], locale: string): Promise<HitGroup[]> {
  const loaded = await Promise.all(results.map((r) => toHit(r, locale)));
  const groups = new Map<string, Hit[]>([[locale, []]]);
  for (const { language, hit } of loaded) groups.set(language, [...(groups.get(language) ?? []), hit]);
  return [...groups].filter(([, hits]) => hits.length > 0).map(([group, hits]) => ({ locale: group, hits }));
}

/** A search whose first `limit` hits are loaded; `results` holds them all for "show more". */
export interface Search {
  found: Found;
  results: PagefindResult[];
}

/** Searches the reader's locale (plus the untranslated articles it shows) and loads the first `limit` hits. */
export async function runSearch(
  config: SearchConfig,
  query: string,
  limit: number,
  category = '',
  importer = importFromSite,
): Promise<Search> {
  const { pagefind, words } = await loadEngine(config, importer);
  const filters: Record<string, string> = category ? { category } : {};
  // A word the site does not know is left out by Pagefind: search the corrected words instead.
  const suggestion = suggestionFor(query, words);
  const { results, partial } = await rankedResults(pagefind, words, suggestion ?? query, filters);
  const groups = await loadHits(results.slice(0, limit), config.locale);
  return { found: { query, total: results.length, groups, partial, ...(suggestion ? { suggestion } : {}) }, results };
}
