// Writes dist/sitemap.xml after the build, from the built pages themselves: every page that is
// indexable (no `noindex`, canonical to itself) with its hreflang alternates and review date.
// Reading the pages' heads instead of listing routes again covers every page type (articles,
// topics, decision-tree steps, …) and follows the same indexing decisions as the pages.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageOfFile, withTrailingSlash } from '../lib/routes.ts';
import { shardLocales } from '../lib/shard.ts';

interface SitemapEntry {
  loc: string;
  lastmod?: string;
  alternates: { hreflang: string; href: string }[];
}

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const unescapeHtml = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

function htmlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The sitemap entry of a built page, or undefined when the page is not to be indexed. */
export function sitemapEntry(html: string, pageUrl: string): SitemapEntry | undefined {
  const head = html.slice(0, html.indexOf('</head>'));
  if (/<meta name="robots" content="[^"]*noindex/.test(head)) return undefined;
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1];
  if (!canonical || unescapeHtml(canonical) !== pageUrl) return undefined;
  const alternates = [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => ({
    hreflang: m[1]!,
    href: unescapeHtml(m[2]!),
  }));
  const lastmod = /<meta property="article:modified_time" content="([^"]+)"/.exec(head)?.[1];
  return { loc: pageUrl, lastmod, alternates };
}

export function formatSitemap(entries: SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const lines = [`<loc>${escapeXml(e.loc)}</loc>`];
    if (e.lastmod) lines.push(`<lastmod>${escapeXml(e.lastmod)}</lastmod>`);
    for (const a of e.alternates)
      lines.push(`<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`);
    return `<url>\n  ${lines.join('\n  ')}\n</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** Writes <out>/sitemap.xml from the built pages; `root` is the site's address with its base path. */
export function writeSitemap(out: string, root: string): void {
  const entries = htmlFilesUnder(out)
    .map((file) => sitemapEntry(readFileSync(join(out, file), 'utf8'), root + pageOfFile(file)))
    .filter((e) => e !== undefined);
  writeFileSync(join(out, 'sitemap.xml'), formatSitemap(entries));
}

/** The address the sitemap's URLs start with: the site's base URL and base path. */
export function sitemapRoot(site: string, base: string): string {
  return new URL(withTrailingSlash(base), site).href;
}

export default function sitemap(): AstroIntegration {
  let root = '';
  return {
    name: 'pandu-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('content/site.yaml: baseUrl is needed for the sitemap.');
        root = sitemapRoot(config.site, config.base);
      },
      'astro:build:done': ({ dir }) => {
        // A shard holds some locales only: `npm run merge-shards` writes the whole site's sitemap.
        if (shardLocales()) return;
        writeSitemap(fileURLToPath(dir), root);
      },
    },
  };
}
