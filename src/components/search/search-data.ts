// What the search scripts need to know about a locale: which Pagefind bundles its readers search
// (see src/integrations/search-index.ts for how they are built) and its interface words. Its
// synonyms, stop words and vocabulary are in a file next to its bundles, loaded with them.
import { base, routes, strings } from '../../lib/content.ts';
import type { SearchStrings } from '../../client/search/render.ts';
import { searchBundlesOf } from '../../lib/shard.ts';

const bundlesByLocale = new Map<string, string[]>();

/**
 * Bundle folders under <base>pagefind/, the one to load first leading: the locale's own articles
 * ("id"), then per other language the articles it shows untranslated ("id/from-en").
 */
export function searchBundles(locale: string): string[] {
  let bundles = bundlesByLocale.get(locale);
  if (!bundles) bundlesByLocale.set(locale, (bundles = searchBundlesOf(routes, locale)));
  return bundles;
}

/** The data-search-* attributes the search scripts read (src/client/search/engine.ts readConfig). */
export function searchAttributes(locale: string): Record<string, string> {
  const t = strings(locale);
  const words: SearchStrings = {
    result: t.searchResult,
    results: t.searchResults,
    noResults: t.searchNoResults,
    loading: t.searchLoading,
    failed: t.searchFailed,
    inLanguage: t.searchInLanguage,
    someWords: t.searchSomeWords,
    didYouMean: t.searchDidYouMean,
  };
  return {
    'data-search-base': base,
    'data-search-locale': locale,
    'data-search-bundles': searchBundles(locale).join(' '),
    'data-search-strings': JSON.stringify(words),
  };
}
