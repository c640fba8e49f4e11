// Runs the search UI's own search (src/client/search/core.ts, what the browser's search worker
// runs) in Node against a built site: pagefind.js is imported from disk and its fetches are
// answered from the files. The bundles searched for a locale are read from the built search page,
// as the browser would.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runSearch, type Found, type SearchConfig } from '../../src/client/search/core.ts';
import { attrs, readPage } from '../helpers/dist.ts';

export interface NodeSearch {
  search(locale: string, query: string, limit?: number, category?: string): Promise<Found>;
  /** Puts the real fetch back. */
  close(): void;
}

export function nodeSearch(dir: string, base = '/'): NodeSearch {
  const realFetch = globalThis.fetch;
  const fileOf = (url: string) =>
    join(dir, decodeURIComponent(new URL(url, 'http://site.test').pathname).slice(base.length));
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
    return { base, locale, bundles: (attrs(html, 'div', 'data-search-bundles')[0] ?? '').split(' ').filter(Boolean) };
  };
  return {
    async search(locale, query, limit = 10, category = '') {
      return (await runSearch(config(locale), query, limit, category, importer)).found;
    },
    close: () => {
      globalThis.fetch = realFetch;
    },
  };
}
