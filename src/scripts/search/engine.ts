// Pagefind for the reader's locale, loaded on first use from <base>pagefind/<locale>/ (never a
// hard-coded /pagefind/). The untranslated articles this locale shows are in a bundle of their own
// language (<locale>/from-<language>, see src/integrations/search-index.ts): it is merged in, and
// its hits come back as a group of that language.

/** Read from the data-search-* attributes of the dialog or the search page. */
export interface SearchConfig {
  /** Base path ending in "/": "/" or "/help/". */
  base: string;
  /** The reader's locale. */
  locale: string;
  /** Bundle folders under <base>pagefind/ to search, the one with the engine first: "id id/from-en". */
  bundles: string[];
  /** Words left out of a query ("how", "to", "yang"): content/ui/<locale>.yaml `searchStopWords`. */
  stopWords: string[];
}

export function readConfig(element: HTMLElement): SearchConfig {
  const { searchBase = '/', searchLocale = '', searchBundles = '', searchStopWords = '' } = element.dataset;
  const words = (list: string) => list.split(' ').filter(Boolean);
  return { base: searchBase, locale: searchLocale, bundles: words(searchBundles), stopWords: words(searchStopWords.toLowerCase()) };
}

/**
 * The query without its stop words. Pagefind only returns pages that contain every word of the
 * query that occurs anywhere on the site, so "how to close the chat" would miss the page that
 * says "Close the chat" but never "how". A query of stop words only is kept as typed.
 */
export function meaningfulQuery(query: string, stopWords: readonly string[]): string {
  const words = query.split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !stopWords.includes(w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));
  return (kept.length ? kept : words).join(' ');
}

/**
 * How long to wait after a keystroke before searching. Each search fetches the index chunks of
 * its words and the fragments of its first hits; searching at every keystroke of a word would
 * fetch those of every prefix on the way ("r" and "re" span many chunks). So search once typing
 * pauses, and wait longer while a word is shorter than three letters.
 */
export function typingPause(query: string, stopWords: readonly string[]): number {
  const words = meaningfulQuery(query, stopWords).split(' ').filter(Boolean);
  return words.some((w) => [...w].length < 3) ? 300 : 150;
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
  sections: Section[];
}
export interface HitGroup {
  /** Language the articles are written in: the reader's locale, or another for untranslated articles. */
  locale: string;
  hits: Hit[];
}
export interface SearchResult {
  query: string;
  total: number;
  groups: HitGroup[];
  /** Loads the data of `count` more hits after `shown` (the search page's "show more"). */
  more(shown: number, count: number): Promise<HitGroup[]>;
}

// The parts of Pagefind's JS API used here (pagefind.js has no type declarations).
interface PagefindResult {
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

// Title and the writer's keywords weigh more than body text: a synonym in `keywords` finds the article.
export const ranking = { metaWeights: { title: 6, keywords: 4 } };
export const excerptLength = 22;
const sectionsShown = 3;

/** Imports pagefind.js; tests pass one that reads the built files from disk. */
export type Importer = (url: string) => Promise<unknown>;
const importFromSite: Importer = (url) => import(/* @vite-ignore */ url);

const engines = new Map<string, Promise<Pagefind>>();

/** Starts loading Pagefind (JS, WebAssembly, index metadata); later calls share the same load. */
export function loadEngine(config: SearchConfig, importer = importFromSite): Promise<Pagefind> {
  const key = config.base + config.bundles.join(' ');
  let engine = engines.get(key);
  if (engine) return engine;
  engine = (async () => {
    const [first, ...others] = config.bundles;
    if (!first) throw new Error('This site has no search index.');
    const path = (bundle: string) => `${config.base}pagefind/${bundle}/`;
    const pagefind = (await importer(`${path(first)}pagefind.js`)) as Pagefind;
    // No worker: one fewer file to fetch, and a small index searches fast on the main thread.
    await pagefind.options({ basePath: path(first), baseUrl: config.base, noWorker: true, excerptLength, ranking });
    await pagefind.init();
    for (const bundle of others) {
      // The merged index reuses the first bundle's WebAssembly (no second download), so queries
      // are stemmed in the reader's language; prefix matching still finds most words.
      const language = bundle.split('/from-')[1] ?? bundle;
      await pagefind.mergeIndex(path(bundle), { language, baseUrl: config.base, excerptLength, ranking });
    }
    return pagefind;
  })();
  engine.catch(() => engines.delete(key)); // a failed load (offline) can be retried
  engines.set(key, engine);
  return engine;
}

async function toHit(result: PagefindResult, config: SearchConfig): Promise<{ language: string; hit: Hit }> {
  const data = await result.data();
  // The three sections that match best, in the order of the page.
  const score = (s: SubResult) => s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
  const headed = data.sub_results.filter((s) => s.url.includes('#'));
  const best = new Set([...headed].sort((a, b) => score(b) - score(a)).slice(0, sectionsShown));
  const sections = headed.filter((s) => best.has(s)).map((s) => ({ url: s.url, title: s.title, excerpt: s.excerpt }));
  return {
    language: data.meta.language ?? config.locale,
    hit: { url: data.url, title: data.meta.title ?? data.url, category: data.meta.category ?? '', excerpt: data.excerpt, sections },
  };
}

async function loadHits(results: PagefindResult[], config: SearchConfig): Promise<HitGroup[]> {
  const loaded = await Promise.all(results.map((r) => toHit(r, config)));
  const groups = new Map<string, Hit[]>([[config.locale, []]]);
  for (const { language, hit } of loaded) groups.set(language, [...(groups.get(language) ?? []), hit]);
  return [...groups].filter(([, hits]) => hits.length > 0).map(([locale, hits]) => ({ locale, hits }));
}

let latest = 0;

/**
 * Searches the reader's locale (plus the untranslated articles it shows) and loads the first
 * `limit` hits. Returns null when a newer search started meanwhile: its result is the one to show.
 */
export async function search(
  config: SearchConfig,
  query: string,
  limit: number,
  category = '',
  importer = importFromSite,
): Promise<SearchResult | null> {
  const id = ++latest;
  const pagefind = await loadEngine(config, importer);
  const filters: Record<string, string> = category ? { category } : {};
  const response = await pagefind.search(meaningfulQuery(query, config.stopWords), { filters });
  if (id !== latest || !response) return null;
  // Own-language hits first, then each other language, each by score.
  const results = response.results;
  const groups = await loadHits(results.slice(0, limit), config);
  if (id !== latest) return null;
  return {
    query,
    total: results.length,
    groups,
    more: (shown, count) => loadHits(results.slice(shown, shown + count), config),
  };
}
