// The real content, built once: pages in both locales, languages, links.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { siteDir } from '../helpers/paths.ts';
import { attrs, htmlFiles, readPage } from '../helpers/dist.ts';
import { findBrokenLinks } from '../helpers/links.ts';
import { pageOfFile, resolve } from '../../src/lib/routes.ts';

const locales = ['id', 'en'];
const slugs = readdirSync('content/articles/id').map((f) => f.replace(/\.mdx$/, ''));
const htmlLang = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];

describe('built pages', () => {
  it('has a home, category pages and every article in both locales', () => {
    for (const locale of locales) {
      expect(existsSync(join(siteDir, locale, 'index.html')), `${locale} home`).toBe(true);
      const topics = readdirSync(join(siteDir, locale, 'topics'));
      expect(topics.length).toBeGreaterThanOrEqual(2);
      for (const slug of slugs)
        expect(existsSync(join(siteDir, locale, slug, 'index.html')), `${locale}/${slug}`).toBe(true);
    }
    expect(slugs.length).toBeGreaterThanOrEqual(4);
  });

  it('puts the article body in an <article> element with its title as the only h1', () => {
    for (const locale of locales) {
      const html = readPage(siteDir, `${locale}/${slugs[0]}/`);
      expect(html).toMatch(/<article\b[^>]*>[\s\S]*<h1>[^<]+<\/h1>[\s\S]*<\/article>/);
      expect(html.match(/<h1\b/g)).toHaveLength(1);
    }
  });

  it('sends "/" to a language with a link to each', () => {
    const root = readPage(siteDir, '/');
    expect(attrs(root, 'a', 'href')).toEqual(expect.arrayContaining(['/id/', '/en/']));
  });

  it('writes only pages the route table (src/lib/routes.ts) knows, each of them in every locale', () => {
    const treePaths = readdirSync('content/trees').map(
      (f) => (parse(readFileSync(join('content/trees', f), 'utf8')) as { path: Record<string, string> }).path,
    );
    const site = {
      base: '/',
      locales,
      isTree: (locale: string, segment: string) => treePaths.some((p) => p[locale] === segment),
    };
    const pages = htmlFiles(siteDir).map((file) => ({
      file,
      match: resolve(`/${pageOfFile(file)}`, '/', site)!.match,
    }));
    expect(pages.filter(({ match }) => match.page === 'none' || match.page === 'unknown-locale')).toEqual([]);
    expect(pages.find(({ file }) => file === '404.html')?.match).toEqual({ page: 'file' });
    for (const locale of locales) {
      const kinds = new Set(pages.map(({ match }) => ('locale' in match && match.locale === locale ? match.page : '')));
      expect([...kinds].sort()).toEqual([
        '',
        '404',
        'article',
        'category',
        'home',
        'offline',
        'search',
        'step',
        'translations',
      ]);
    }
    const articles = pages.flatMap(({ match }) => (match.page === 'article' ? [match.slug] : []));
    expect(new Set(articles)).toEqual(new Set(slugs));
  });

  it('has a 404 page at the root and per locale', () => {
    expect(readPage(siteDir, '404.html')).toContain('<h1>Halaman tidak ditemukan</h1>');
    expect(readPage(siteDir, 'en/404/')).toContain('<h1>Page not found</h1>');
  });
});

describe('languages', () => {
  const localized = htmlFiles(siteDir).filter((f) => /^(id|en)\//.test(f));

  it('sets <html lang> to the locale of the URL on every page', () => {
    expect(localized.length).toBeGreaterThan(10);
    for (const file of localized) expect(htmlLang(readPage(siteDir, file)), file).toBe(file.slice(0, 2));
  });

  it('lists hreflang alternates for every locale plus x-default, each pointing at a built page', () => {
    // Pages kept out of search engines (404, search, translations) have no alternates to declare.
    for (const file of localized.filter(
      (f) => !readPage(siteDir, f).includes('<meta name="robots" content="noindex"'),
    )) {
      const html = readPage(siteDir, file);
      const links = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
      expect(links.map((l) => l[1]).sort(), file).toEqual(['en', 'id', 'x-default']);
      for (const [, lang, href] of links) {
        const path = new URL(href!).pathname;
        expect(existsSync(join(siteDir, path, 'index.html')), `${file} → ${href}`).toBe(true);
        if (lang !== 'x-default') expect(path.startsWith(`/${lang}/`)).toBe(true);
      }
    }
  });

  it('has a language switch on every page that lands on the same page in the other language', () => {
    for (const file of localized) {
      const html = readPage(siteDir, file);
      const nav = /<nav class="lang-switch"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
      const [target] = attrs(nav, 'a', 'href');
      const other = file.startsWith('id/') ? 'en' : 'id';
      expect(target, file).toBe(`/${other}/${file.slice(3).replace(/index\.html$/, '')}`);
      expect(existsSync(join(siteDir, target!, 'index.html')), target).toBe(true);
    }
  });

  it('takes every interface word from the UI strings of the page locale', () => {
    expect(readPage(siteDir, 'id/')).toContain('Langsung ke isi');
    expect(readPage(siteDir, 'en/')).toContain('Skip to content');
    expect(readPage(siteDir, 'en/')).not.toContain('Langsung ke isi');
  });
});

describe('links', () => {
  it('every internal link and #anchor resolves', () => {
    expect(findBrokenLinks(siteDir)).toEqual([]);
  });
});
