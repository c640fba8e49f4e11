// Runs the search UI's own engine (src/scripts/search/engine.ts) in Node against a built site:
// pagefind.js is imported from disk and its fetches are answered from the files. The bundles
// searched for a locale and its stop words are read from the built search page, as the browser would.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { search, type SearchConfig, type SearchResult } from '../../src/scripts/search/engine.ts';
import { attrs, readPage } from '../helpers/dist.ts';

export interface NodeSearch {
  search(locale: string, query: string, limit?: number, category?: string): Promise<SearchResult>;
  /** Puts the real fetch back. */
  close(): void;
}

export function nodeSearch(dir: string, base = '/'): NodeSearch {
  const realFetch = globalThis.fetch;
  const fileOf = (url: string) => join(dir, decodeURIComponent(new URL(url, 'http://site.test').pathname).slice(base.length));
  globalThis.fetch = async (input: RequestInfo | URL) => {
    try {
      return new Response(await readFile(fileOf(String(input))));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
  const importer = (url: string) => import(pathToFileURL(fileOf(url)).href);
  const config = (locale: string): SearchConfig => {
    const html = readPage(dir, `${locale}/search/`);
    const words = (attr: string) => (attrs(html, 'div', attr)[0] ?? '').split(' ').filter(Boolean);
    return { base, locale, bundles: words('data-search-bundles'), stopWords: words('data-search-stop-words') };
  };
  return {
    async search(locale, query, limit = 10, category = '') {
      const result = await search(config(locale), query, limit, category, importer);
      if (!result) throw new Error('a newer search replaced this one');
      return result;
    },
    close: () => {
      globalThis.fetch = realFetch;
    },
  };
}
