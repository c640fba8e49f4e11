// What a built page costs a reader: gzip bytes of its HTML, of its chrome (everything but the
// article body), of the JavaScript it runs before any interaction and of its CSS.
// Used by `npm run bench` (Pandu and Starlight) and by the budget tests (tests/build/budget*.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, posix } from 'node:path';

/** gzip at the level web servers use by default (6). */
export const gzipBytes = (data: string | Buffer): number => gzipSync(data, { level: 6 }).length;

/**
 * The HTML with one element removed, found by its opening tag; nested elements of the same name
 * are matched, so `<div class="body"><div>…</div></div>` goes as a whole.
 * Returns undefined when no opening tag matches.
 */
export function withoutElement(html: string, openingTag: RegExp): string | undefined {
  const open = openingTag.exec(html);
  if (!open) return undefined;
  const name = /^<([a-zA-Z][\w-]*)/.exec(open[0])?.[1];
  if (!name) return undefined;
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(0, open.index) + html.slice(m.index + m[0].length);
  }
  return undefined;
}

/** Where the article body is: Pandu's `<article>`, Starlight's Markdown content. */
export const articleBody = {
  pandu: /<article\b[^>]*>/i,
  starlight: /<div\b[^>]*class="sl-markdown-content\b[^"]*"[^>]*>/i,
} as const;

/** gzip bytes of a page without its article body; undefined when the page has no article body. */
export function chromeBytes(html: string, body: RegExp = articleBody.pandu): number | undefined {
  const chrome = withoutElement(html, body);
  return chrome === undefined ? undefined : gzipBytes(chrome);
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** A URL on a page as a file in dist; undefined for other origins and data: URLs. */
function fileOf(distDir: string, basePath: string, pageFile: string, url: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return undefined;
  const path = url.split(/[?#]/)[0]!;
  if (path.startsWith('/')) {
    if (!path.startsWith(basePath)) return undefined;
    return join(distDir, path.slice(basePath.length));
  }
  return join(dirname(join(distDir, pageFile)), path);
}

/** A module and the modules it imports statically (`import … from "./x.js"`, `import "./x.js"`), not import(). */
function moduleGraph(
  entry: string,
  resolveImport: (from: string, specifier: string) => string | undefined,
  seen = new Set<string>(),
): Set<string> {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  const staticImports = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
  for (const [, specifier] of code.matchAll(staticImports)) {
    const file = resolveImport(entry, specifier!);
    if (file) moduleGraph(file, resolveImport, seen);
  }
  return seen;
}

interface LinkedAssets {
  html: string;
  /** Absolute paths of scripts run on load (with their static imports) and of linked stylesheets. */
  js: Set<string>;
  css: Set<string>;
  inlineJs: string;
  inlineCss: string;
}

/** The scripts and stylesheets a page loads before any interaction. */
function linkedAssets(distDir: string, pageFile: string, basePath: string): LinkedAssets {
  const html = readFileSync(join(distDir, pageFile), 'utf8');
  const resolveUrl = (url: string | undefined) => (url ? fileOf(distDir, basePath, pageFile, url) : undefined);
  const resolveImport = (from: string, specifier: string) =>
    specifier.startsWith('.')
      ? posix.join(posix.dirname(from), specifier)
      : specifier.startsWith('/')
        ? resolveUrl(specifier)
        : undefined;
  const js = new Set<string>();
  let inlineJs = '';
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = attribute(`<x${m[1]}>`, 'type');
    if (type && !/module|javascript/i.test(type)) continue; // JSON-LD and other data blocks
    const file = resolveUrl(attribute(`<x${m[1]}>`, 'src'));
    if (file) moduleGraph(file, resolveImport, js);
    else inlineJs += m[2];
  }
  const css = new Set<string>();
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(m[0], 'rel') ?? '';
    const file = resolveUrl(attribute(m[0], 'href'));
    if (!file || !existsSync(file)) continue;
    if (rel === 'modulepreload') moduleGraph(file, resolveImport, js);
    else if (/\bstylesheet\b/i.test(rel)) css.add(file);
  }
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('');
  return { html, js, css, inlineJs, inlineCss };
}

export interface PageWeight {
  /** gzip bytes of the whole HTML. */
  html: number;
  /** gzip bytes of the HTML outside the article body (undefined: no article body). */
  chrome: number | undefined;
  /** gzip bytes of JavaScript run before any interaction: external scripts with their static imports, plus inline scripts. */
  js: number;
  /** gzip bytes of the stylesheets the page links plus inline styles. */
  css: number;
  /** The JavaScript and CSS files counted, relative to dist. */
  jsFiles: string[];
  cssFiles: string[];
}

/** The weight of one page of a built site, `pageFile` relative to `distDir` (such as "en/x/index.html"). */
export function pageWeight(
  distDir: string,
  pageFile: string,
  options: { basePath?: string; body?: RegExp } = {},
): PageWeight {
  const { html, js, css, inlineJs, inlineCss } = linkedAssets(distDir, pageFile, options.basePath ?? '/');
  const sum = (files: Set<string>) => [...files].reduce((total, f) => total + gzipBytes(readFileSync(f)), 0);
  const relative = (files: Set<string>) => [...files].map((f) => f.slice(distDir.length + 1)).sort();
  return {
    html: gzipBytes(html),
    chrome: chromeBytes(html, options.body),
    js: sum(js) + (inlineJs.trim() ? gzipBytes(inlineJs) : 0),
    css: sum(css) + (inlineCss.trim() ? gzipBytes(inlineCss) : 0),
    jsFiles: relative(js),
    cssFiles: relative(css),
  };
}

/** gzip bytes of every stylesheet any of `pages` links, each counted once: the CSS of the whole site. */
export function siteCssBytes(distDir: string, pages: string[], basePath = '/'): { bytes: number; files: string[] } {
  const files = new Set<string>();
  for (const page of pages) for (const f of linkedAssets(distDir, page, basePath).css) files.add(f);
  const bytes = [...files].reduce((total, f) => total + gzipBytes(readFileSync(f)), 0);
  return { bytes, files: [...files].map((f) => f.slice(distDir.length + 1)).sort() };
}
