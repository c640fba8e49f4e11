// Bytes a reader downloads, measured in Chromium on a served dist, each response counted at its
// gzip size:
// - page load: everything a page fetches until the network is quiet, before any interaction
//   (this includes scripts a page imports on idle, which reading the HTML would miss);
// - first search: everything fetched from opening search to the results being shown (search UI
//   code, Pagefind's JS and WASM, index chunks, result fragments).
//
// Pandu: when scripts/bench/search.ts (the search feature's own measurement, driving Pandu's
// search UI) exists, the bench uses it instead; until then this drives Pagefind's API directly on
// an article page, so the number covers Pagefind and the index, not Pandu's search UI.
// Starlight: opens its search dialog and types, as a reader would.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveStatic } from '../../tests/helpers/server.ts';
import { gzipBytes } from './page-weight.ts';

export interface FirstSearch {
  /** gzip bytes of every response from opening search to results shown. */
  bytes: number;
  requests: number;
  /** Milliseconds from the last keystroke (or the API call) to results on screen. */
  resultsMs: number;
  results: number;
  /** How it was measured, shown in the report. */
  method: string;
  files: { path: string; bytes: number }[];
}

export interface FirstSearchOptions {
  distDir: string;
  /** The page to search from, relative to the site root, such as "en/some-article/". */
  pagePath: string;
  query: string;
  basePath?: string;
}

/** What a page fetches on load, before any interaction. */
export function pageLoadBytes(options: PageOptions): Promise<PageLoad> {
  return withPage(options, async (_page, loaded) => loaded);
}

export interface PageLoad {
  /** gzip bytes by kind of response: the document, scripts, stylesheets, everything. */
  html: number;
  js: number;
  css: number;
  total: number;
  files: { path: string; kind: string; bytes: number }[];
}

/** Counts responses while `action` runs, and until the network has been quiet for `quietMs`. */
async function recordResponses(page: Page, action: () => Promise<void>, quietMs = 750) {
  const pending: Promise<{ path: string; kind: string; bytes: number }[]>[] = [];
  let last = Date.now();
  const onResponse = (response: Response) => {
    last = Date.now();
    const path = new URL(response.url()).pathname;
    const kind = response.request().resourceType();
    pending.push(
      response.body().then(
        (body) => [{ path, kind, bytes: Math.min(body.length, gzipBytes(body)) }],
        () => [], // redirects have no body
      ),
    );
  };
  page.on('response', onResponse);
  await action();
  while (Date.now() - last < quietMs) await page.waitForTimeout(100);
  page.off('response', onResponse);
  return (await Promise.all(pending)).flat();
}

interface PageOptions {
  distDir: string;
  /** The page, relative to the site root, such as "en/some-article/". */
  pagePath: string;
  basePath?: string;
}

/** Opens the page on a fresh static server and browser; `run` gets the page once loaded and quiet. */
async function withPage<T>(options: PageOptions, run: (page: Page, loaded: PageLoad) => Promise<T>): Promise<T> {
  const server = await serveStatic(options.distDir, options.basePath ?? '/');
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const files = await recordResponses(
      page,
      async () => {
        await page.goto(`${server.url}${options.pagePath}`, { waitUntil: 'networkidle' });
      },
      1000,
    );
    const sum = (kind?: string) =>
      files.filter((f) => !kind || f.kind === kind).reduce((total, f) => total + f.bytes, 0);
    return await run(page, { html: sum('document'), js: sum('script'), css: sum('stylesheet'), total: sum(), files });
  } finally {
    await browser.close();
    await server.close();
  }
}

const summary = (
  files: { path: string; kind: string; bytes: number }[],
  resultsMs: number,
  results: number,
  method: string,
): FirstSearch => ({
  bytes: files.reduce((total, f) => total + f.bytes, 0),
  requests: files.length,
  resultsMs: Math.round(resultsMs),
  results,
  method,
  files,
});

/** The Pagefind bundle for the page's locale: pagefind/<locale>/ (one bundle per locale) or pagefind/. */
function pagefindBundle(options: FirstSearchOptions): string | undefined {
  const locale = options.pagePath.split('/')[0]!;
  return [`pagefind/${locale}/`, 'pagefind/'].find((dir) => existsSync(join(options.distDir, dir, 'pagefind.js')));
}

/** Pagefind's own API on a page: pagefind.js, WASM, index chunks and the first five result fragments. */
export async function pagefindApiSearch(options: FirstSearchOptions): Promise<FirstSearch | undefined> {
  const bundleDir = pagefindBundle(options);
  if (!bundleDir) return undefined;
  return withPage(options, async (page) => {
    let resultsMs = 0;
    let results = 0;
    const files = await recordResponses(page, async () => {
      const started = performance.now();
      results = await page.evaluate(
        async ({ bundle, query }) => {
          const pagefind = await import(bundle);
          const search = await pagefind.search(query);
          await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
          return search.results.length as number;
        },
        { bundle: `${options.basePath ?? '/'}${bundleDir}pagefind.js`, query: options.query },
      );
      resultsMs = performance.now() - started;
    });
    return summary(files, resultsMs, results, 'Pagefind API, 5 results');
  });
}

/** Starlight's search dialog: click the search button, type the query, wait for results. */
export async function starlightSearch(options: FirstSearchOptions): Promise<FirstSearch | undefined> {
  if (!existsSync(join(options.distDir, 'pagefind', 'pagefind.js'))) return undefined;
  return withPage(options, async (page) => {
    let resultsMs = 0;
    const files = await recordResponses(page, async () => {
      await page.click('site-search button[data-open-modal]');
      const input = page.locator('dialog .pagefind-ui__search-input');
      await input.waitFor();
      await input.pressSequentially(options.query);
      const typed = performance.now();
      await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 30_000 });
      resultsMs = performance.now() - typed;
    });
    const results = await page.locator('.pagefind-ui__result').count();
    return summary(files, resultsMs, results, 'search dialog, typed query');
  });
}

/** The search feature's own measurement (scripts/bench/search.ts), when it exists. */
async function panduSearchModule(): Promise<
  ((options: FirstSearchOptions) => Promise<FirstSearch | undefined>) | undefined
> {
  const file = join(import.meta.dirname, 'search.ts');
  if (!existsSync(file)) return undefined;
  const module = (await import(file)) as Record<string, unknown>;
  const measure = module.measureFirstSearch;
  return typeof measure === 'function'
    ? (measure as (options: FirstSearchOptions) => Promise<FirstSearch | undefined>)
    : undefined;
}

export async function panduSearch(options: FirstSearchOptions): Promise<FirstSearch | undefined> {
  const own = await panduSearchModule();
  return own ? own(options) : pagefindApiSearch(options);
}
