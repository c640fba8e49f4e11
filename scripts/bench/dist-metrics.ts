// Figures of a built site that do not depend on how long the build took: size on disk, pages,
// the weight of each page type, CSS, the search index and the bytes of a first search.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromeBytes, gzipBytes, siteCssBytes } from './page-weight.ts';
import { pageLoadBytes, panduSearch, starlightSearch, type FirstSearch } from './browser-bytes.ts';
import type { BenchSite } from './sites.ts';

export interface PageTypeWeight {
  /** The page measured, relative to dist. */
  page: string;
  /** gzip bytes of the HTML document. */
  html: number;
  /** gzip bytes fetched by Chromium on load, before any interaction. */
  js: number;
  css: number;
}

export interface DistMetrics {
  pages: number;
  distBytes: number;
  articleHtmlGzip: number;
  /** The article page without its article body, gzip. */
  articleChromeGzip: number | null;
  /** gzip bytes of every stylesheet any page type links. */
  siteCssGzip: number;
  pageTypes: Record<string, PageTypeWeight>;
  pagefindIndexBytes: number | null;
  pagefindFiles: number | null;
  firstSearch: Omit<FirstSearch, 'files'> | null;
}

function walk(dir: string, visit: (file: string, size: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else if (entry.isFile()) visit(full, statSync(full).size);
  }
}

/** Sorts a page (relative path) into a type: home, article, category, 404, or its first path segment (search, a tree…). */
function pageType(file: string, locales: string[], articleSlugs: Set<string>): string | undefined {
  const parts = file.split('/');
  if (parts.length === 1) return parts[0] === 'index.html' ? 'root' : parts[0] === '404.html' ? '404' : undefined;
  const [locale, ...rest] = parts;
  if (!locales.includes(locale!)) return undefined;
  const path = rest.slice(0, -1); // without index.html
  if (rest.at(-1) === '404.html') return '404';
  if (path.length === 0) return 'home';
  if (path.length === 1 && articleSlugs.has(path[0]!)) return 'article';
  if (path[0] === 'topics') return 'category';
  return path[0];
}

export interface MeasureOptions {
  site: BenchSite;
  distDir: string;
  locales: string[];
  /** The locale whose pages are measured. */
  locale: string;
  articleSlugs: Set<string>;
  /** The article measured on every size: the same article, so sizes compare. */
  articleSlug: string;
  query: string;
}

export async function measureDist({
  site,
  distDir,
  locales,
  locale,
  articleSlugs,
  articleSlug,
  query,
}: MeasureOptions): Promise<DistMetrics> {
  let distBytes = 0;
  const html: string[] = [];
  walk(distDir, (file, size) => {
    distBytes += size;
    if (file.endsWith('.html')) html.push(relative(distDir, file).split(sep).join('/'));
  });
  html.sort();

  const articlePage = `${locale}/${articleSlug}/index.html`;
  const samples = new Map<string, string>([['article', articlePage]]);
  for (const file of html) {
    const type = pageType(file, locales, articleSlugs);
    if (type && !samples.has(type) && (file.startsWith(`${locale}/`) || !file.includes('/'))) samples.set(type, file);
  }

  const pageTypes: Record<string, PageTypeWeight> = {};
  for (const [type, file] of [...samples].sort()) {
    const pagePath = file.replace(/index\.html$/, '');
    const loaded = await pageLoadBytes({ distDir, pagePath });
    pageTypes[type] = {
      page: file,
      html: gzipBytes(readFileSync(join(distDir, file))),
      js: loaded.js,
      css: loaded.css,
    };
  }

  let pagefindIndexBytes: number | null = null;
  let pagefindFiles: number | null = null;
  try {
    let bytes = 0;
    let files = 0;
    walk(join(distDir, 'pagefind'), (_file, size) => {
      bytes += size;
      files++;
    });
    [pagefindIndexBytes, pagefindFiles] = [bytes, files];
  } catch {
    // no search index in this build
  }

  const searchOptions = { distDir, pagePath: `${locale}/${articleSlug}/`, query };
  const search = site.name === 'starlight' ? await starlightSearch(searchOptions) : await panduSearch(searchOptions);
  const { files: _files, ...firstSearch } = search ?? { files: [] };

  return {
    pages: html.length,
    distBytes,
    articleHtmlGzip: gzipBytes(readFileSync(join(distDir, articlePage))),
    articleChromeGzip: chromeBytes(readFileSync(join(distDir, articlePage), 'utf8'), site.articleBody) ?? null,
    siteCssGzip: siteCssBytes(distDir, [...samples.values()]).bytes,
    pageTypes,
    pagefindIndexBytes,
    pagefindFiles,
    firstSearch: search ? (firstSearch as Omit<FirstSearch, 'files'>) : null,
  };
}
