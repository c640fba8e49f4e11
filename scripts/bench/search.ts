// A first search with Pandu's own search UI, in Chromium, on a built site:
// - bytes: every response from opening search (Ctrl+K) until the results are on screen and the
//   network is quiet (dialog script, pagefind.js, WebAssembly, index and filter chunks, result
//   fragments), each counted at its gzip size, as a host serving gzip would send it;
// - keystroke → results: from the reader's last keystroke to the results for the whole query
//   being rendered (timed inside the page): for the first query (which may wait for Pagefind to
//   finish loading), and for the same query typed again once everything is loaded; with
//   open → results (Pagefind's download included).
// - relevance: on a build of the real content (which has reader queries, tests/search-queries.*),
//   hit@1 and hit@3 per locale (scripts/bench/search-relevance.ts).
// Used by `npm run bench` (scripts/bench/browser-bytes.ts) and on its own:
//   node scripts/bench/search.ts --dist <dir> [--base /help/] [--page en/<slug>/] [--query refund]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Response } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveStatic } from '../../tests/helpers/server.ts';
import { gzipBytes } from './page-weight.ts';
import type { FirstSearch, FirstSearchOptions } from './browser-bytes.ts';
import { measureRelevance, measuredLocales, relevanceLine } from './search-relevance.ts';

export interface PanduFirstSearch extends FirstSearch {
  /** Milliseconds from opening the dialog (before the first keystroke) to results on screen. */
  openToResultsMs: number;
  /** Last keystroke → results when the query is typed again, Pagefind and the index loaded. */
  warmResultsMs: number;
}

type Marks = { lastKey: number; rendered: { at: number }[] };
const marksOf = () => (window as unknown as { searchMarks: Marks }).searchMarks;

/** Milliseconds between keystrokes: a quick typist. */
const typingDelayMs = 80;

// Runs in the page before its own scripts: notes the time of every keystroke and of every
// change of the dialog's results count (the last thing search renders).
function instrument(): void {
  const marks = { lastKey: 0, rendered: [] as { at: number; text: string }[] };
  (window as unknown as { searchMarks: typeof marks }).searchMarks = marks;
  document.addEventListener('keydown', () => (marks.lastKey = performance.now()), true);
  new MutationObserver(() => {
    const status = document.querySelector('dialog [role="status"]');
    // The frame after the change: the results are painted by then.
    if (status?.textContent)
      requestAnimationFrame(() => marks.rendered.push({ at: performance.now(), text: status.textContent ?? '' }));
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

export async function measureFirstSearch(options: FirstSearchOptions): Promise<PanduFirstSearch | undefined> {
  const base = options.basePath ?? '/';
  const server = await serveStatic(options.distDir, base);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(instrument);
    await page.goto(`${server.url}${options.pagePath}`, { waitUntil: 'networkidle' });
    if (!(await page.locator('[data-search-open]').count())) return undefined;

    const files: { path: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    let lastResponse = Date.now();
    const onResponse = (response: Response) => {
      lastResponse = Date.now();
      const path = new URL(response.url()).pathname;
      pending.push(
        response.body().then(
          (body) => void files.push({ path, bytes: Math.min(body.length, gzipBytes(body)) }),
          () => undefined,
        ),
      );
    };
    page.on('response', onResponse);

    const opened = await page.evaluate(() => performance.now());
    await page.keyboard.press('Control+k');
    await page.locator('dialog[open] [role="combobox"]').waitFor();
    /** Types the query; resolves with the time of its last keystroke and of its results on screen. */
    const typeAndWait = async () => {
      await page.keyboard.type(options.query, { delay: typingDelayMs });
      // Results for the whole query: an option or "no results", rendered after the last keystroke.
      await page.waitForFunction(
        () => {
          const m = (window as unknown as { searchMarks: Marks }).searchMarks;
          return m.rendered.some((r) => r.at > m.lastKey);
        },
        undefined,
        { timeout: 30_000 },
      );
      const { lastKey, rendered } = await page.evaluate(marksOf);
      return { lastKey, shownAt: rendered.find((r) => r.at > lastKey)!.at };
    };
    const first = await typeAndWait();
    while (Date.now() - lastResponse < 750) await page.waitForTimeout(100);
    page.off('response', onResponse);
    await Promise.all(pending);
    const results = await page.locator('dialog [role="option"]').count();

    await page.locator('dialog [role="combobox"]').fill('');
    await page.waitForTimeout(500);
    const warm = await typeAndWait();
    files.sort((a, b) => b.bytes - a.bytes);
    return {
      bytes: files.reduce((sum, f) => sum + f.bytes, 0),
      requests: files.length,
      resultsMs: Math.round(first.shownAt - first.lastKey),
      openToResultsMs: Math.round(first.shownAt - opened),
      warmResultsMs: Math.round(warm.shownAt - warm.lastKey),
      results,
      method: `search dialog (Ctrl+K), query typed at ${typingDelayMs} ms per key`,
      files,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The first article page of a locale in a built site ("en/some-slug/"). */
function firstArticle(distDir: string, locale: string): string {
  for (const entry of readdirSync(join(distDir, locale), { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (!entry.isDirectory()) continue;
    try {
      if (readFileSync(join(distDir, locale, entry.name, 'index.html'), 'utf8').includes('data-pagefind-body'))
        return `${locale}/${entry.name}/`;
    } catch {
      // not a page folder
    }
  }
  throw new Error(`No article page under ${join(distDir, locale)}.`);
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      base: { type: 'string', default: '/' },
      page: { type: 'string' },
      locale: { type: 'string', default: 'en' },
      query: { type: 'string', default: 'refund' },
    },
  });
  if (!values.dist) {
    console.error(
      'Usage: node scripts/bench/search.ts --dist <dir> [--base /help/] [--page en/<slug>/ | --locale en] [--query refund]',
    );
    process.exit(1);
  }
  const pagePath = values.page ?? firstArticle(values.dist, values.locale);
  const result = await measureFirstSearch({
    distDir: values.dist,
    basePath: values.base,
    pagePath,
    query: values.query,
  });
  if (!result) {
    console.error(`No search button on ${pagePath}.`);
    process.exit(1);
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`First search for "${values.query}" from /${pagePath} (${result.method}):`);
  console.log(`  bytes fetched (gzip): ${kb(result.bytes)} in ${result.requests} requests`);
  console.log(
    `  last keystroke → results: ${result.resultsMs} ms (typed again, all loaded: ${result.warmResultsMs} ms); open → results: ${result.openToResultsMs} ms; ${result.results} options`,
  );
  for (const f of result.files) console.log(`    ${kb(f.bytes).padStart(9)}  ${f.path}`);
  for (const locale of measuredLocales(values.dist)) {
    console.log(`Search relevance, ${relevanceLine(await measureRelevance(values.dist, locale, values.base))}`);
  }
}
