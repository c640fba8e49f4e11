// The search itself: Pagefind for the reader's locale, loaded on first use from
// <base>pagefind/<locale>/ (never a hard-coded /pagefind/), and the ranking around it (docs/search.md):
//   1. the query as typed, and its synonym variants (content/search/<locale>.yaml);
//   2. while that finds fewer than `enoughHits`: the query without its stop words;
//   3. still fewer: each word apart, pages ranked by the sum of their scores ("some of your words");
//   and before all that, a word the site does not know is replaced by the closest word it does
//   ("did you mean").
// It runs in a Web Worker in the browser (worker.ts) and in Node in the tests: no DOM here.
// The untranslated articles a locale shows are in a bundle of their own language
// (<locale>/from-<language>, see src/integrations/search-index.ts): merged in, their hits come
// back as a group of that language.
import { meaningfulTerms, noWords, suggestionFor, termsOf, variantsOf, type LocaleWords, type Term } from './query.ts';

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
/** Fewer hits than this, and the query is relaxed one more step. */
export const enoughHits = 3;
/** A page found through a synonym ranks a little below one found by the reader's own word. */
const synonymScore = 0.9;

/** Imports pagefind.js; tests pass one that reads the built files from disk. */
export type Importer = (url: string) => Promise<unknown>;
const importFromSite: Importer = (url) => import(/* @vite-ignore */ url);

/** The folder of a bundle: "<base>pagefind/id/from-en/". */
export const bundlePath = (config: SearchConfig, bundle: string) => `${config.base}pagefind/${bundle}/`;
/** The locale's words (synonyms, stop words, vocabulary), written by the build next to its bundles. */
export const wordsFile = (config: SearchConfig) => `${config.base}pagefind/${config.locale}/pandu-words.json`;

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
    await pagefind.options({ basePath: bundlePath(config, first), baseUrl: config.base, noWorker: true, excerptLength, ranking });
    await pagefind.init();
    for (const bundle of others) {
      // The merged index reuses the first bundle's WebAssembly (no second download), so queries
      // are stemmed in the reader's language; prefix matching still finds most words.
      const language = bundle.split('/from-')[1] ?? bundle;
      await pagefind.mergeIndex(bundlePath(config, bundle), { language, baseUrl: config.base, excerptLength, ranking });
    }
    return { pagefind, words: await words };
  })();
  engine.catch(() => engines.delete(key)); // a failed load (offline) can be retried
  engines.set(key, engine);
  return engine;
}

type Scores = Map<string, { result: PagefindResult; score: number }>;

/** Runs each query; a page keeps its best score (synonym variants score a little lower). */
async function searchAll(pagefind: Pagefind, queries: string[], filters: Record<string, string>): Promise<Scores> {
  const scores: Scores = new Map();
  const responses = await Promise.all(queries.map((q) => pagefind.search(q, { filters })));
  responses.forEach((response, i) => {
    for (const result of response?.results ?? []) {
      const score = result.score * (i === 0 ? 1 : synonymScore);
      if (score > (scores.get(result.id)?.score ?? -1)) scores.set(result.id, { result, score });
    }
  });
  return scores;
}

const byScore = (scores: Scores) => [...scores.values()].sort((a, b) => b.score - a.score).map((s) => s.result);

/** Each term apart (with its synonyms); a page scores the sum over the terms it holds. */
async function searchApart(pagefind: Pagefind, terms: Term[], filters: Record<string, string>): Promise<PagefindResult[]> {
  const total: Scores = new Map();
  for (const scores of await Promise.all(terms.map((t) => searchAll(pagefind, variantsOf([t]), filters)))) {
    for (const [id, { result, score }] of scores) total.set(id, { result, score: (total.get(id)?.score ?? 0) + score });
  }
  return byScore(total);
}

/** The hits for `query`, relaxed step by step until there are enough (see the top of this file). */
export async function rankedResults(pagefind: Pagefind, words: LocaleWords, query: string, filters: Record<string, string>): Promise<{ results: PagefindResult[]; partial: boolean }> {
  const results: PagefindResult[] = [];
  const seen = new Set<string>();
  const add = (found: PagefindResult[]) => {
    for (const r of found) if (!seen.has(r.id) && seen.add(r.id)) results.push(r);
  };
  const terms = termsOf(query, words);
  add(byScore(await searchAll(pagefind, variantsOf(terms), filters)));
  const meaningful = meaningfulTerms(terms);
  if (results.length < enoughHits && meaningful.length < terms.length) {
    add(byScore(await searchAll(pagefind, variantsOf(meaningful), filters)));
  }
  const complete = results.length;
  if (results.length < enoughHits && meaningful.length > 1) add(await searchApart(pagefind, meaningful, filters));
  return { results, partial: complete === 0 && results.length > 0 };
}

async function toHit(result: PagefindResult, locale: string): Promise<{ language: string; hit: Hit }> {
  const data = await result.data();
  // The sections that match best, best first: a question about calling puts "Phone" on top.
  const score = (s: SubResult) => s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
  const sections = data.sub_results
    .filter((s) => s.url.includes('#'))
    .map((s, order) => ({ s, order, score: score(s) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, sectionsShown)
    .map(({ s }) => ({ url: s.url, title: s.title, excerpt: s.excerpt }));
  return {
    language: data.meta.language ?? locale,
    hit: { url: data.url, title: data.meta.title ?? data.url, category: data.meta.category ?? '', excerpt: data.excerpt, sections },
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
export async function runSearch(config: SearchConfig, query: string, limit: number, category = '', importer = importFromSite): Promise<Search> {
  const { pagefind, words } = await loadEngine(config, importer);
  const filters: Record<string, string> = category ? { category } : {};
  // A word the site does not know is left out by Pagefind: search the corrected words instead.
  const suggestion = suggestionFor(query, words);
  const { results, partial } = await rankedResults(pagefind, words, suggestion ?? query, filters);
  const groups = await loadHits(results.slice(0, limit), config.locale);
  return { found: { query, total: results.length, groups, partial, ...(suggestion ? { suggestion } : {}) }, results };
}
