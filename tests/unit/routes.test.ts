// The route table (src/lib/routes.ts): the URLs the pages write, under the root and a base path,
// and resolve(), which the writers' link check uses to say where a link leads.
import { describe, expect, it } from 'vitest';
import {
  bundleLanguage,
  fileLocale,
  isReservedSlug,
  pageOfFile,
  resolve,
  searchBundle,
  sitePaths,
  stepParams,
  type ResolveContext,
} from '../../src/lib/routes.ts';

const tree = { path: { id: 'pilih-topik', en: 'which-topic' }, defaultLocale: 'id' };

describe('sitePaths', () => {
  it('builds every page URL under the root and under a base path, ending in "/"', () => {
    for (const [base, root] of [
      ['/', '/'],
      ['/help', '/help/'],
      ['/help/', '/help/'],
    ] as const) {
      const paths = sitePaths(base);
      expect(paths.home('id')).toBe(`${root}id/`);
      expect(paths.article('en', 'phrasebook')).toBe(`${root}en/phrasebook/`);
      expect(paths.category('en', 'contact')).toBe(`${root}en/topics/contact/`);
      expect(paths.page('id', 'search')).toBe(`${root}id/search/`);
      expect(paths.page('id', '404')).toBe(`${root}id/404/`);
      expect(paths.step('en', tree, ['start'])).toBe(`${root}en/which-topic/`);
      expect(paths.step('id', tree, ['start', 'order', 'manager'])).toBe(`${root}id/pilih-topik/order/manager/`);
      expect(paths.manifest('en')).toBe(`${root}en/manifest.webmanifest`);
      expect(paths.file('sitemap.xml')).toBe(`${root}sitemap.xml`);
      expect(paths.searchBundle(searchBundle('id', 'en'))).toBe(`${root}pagefind/id/from-en/`);
      expect(paths.searchWords('id')).toBe(`${root}pagefind/id/pandu-words.json`);
    }
  });

  it("gives a tree step page the params of its URL, the default locale's path where a locale has none", () => {
    expect(stepParams('en', tree, ['start'])).toEqual({ locale: 'en', tree: 'which-topic', step: undefined });
    expect(stepParams('ar', tree, ['start', 'order'])).toEqual({ locale: 'ar', tree: 'pilih-topik', step: 'order' });
  });
});

describe('search bundles and built files', () => {
  it('names bundles and reads back their language', () => {
    expect(searchBundle('id')).toBe('id');
    expect(searchBundle('id', 'en')).toBe('id/from-en');
    expect(bundleLanguage('id/from-en')).toBe('en');
    expect(bundleLanguage('id')).toBe('id');
  });

  it('turns built files into addresses and files them under their locale', () => {
    expect(pageOfFile('index.html')).toBe('');
    expect(pageOfFile('id/phrasebook/index.html')).toBe('id/phrasebook/');
    expect(pageOfFile('404.html')).toBe('404.html');
    expect(fileLocale('pagefind/en/from-id/pagefind-entry.json', ['id', 'en'])).toBe('en');
    expect(fileLocale('en/phrasebook/', ['id', 'en'])).toBe('en');
    expect(fileLocale('_astro/x.js', ['id', 'en'])).toBeUndefined();
  });
});

describe('reserved slugs', () => {
  it("reserves every page of a locale and the trees' paths", () => {
    for (const slug of ['search', 'topics', 'translations', 'offline', '404', 'index'])
      expect(isReservedSlug(slug)).toBe(true);
    expect(isReservedSlug('which-topic', ['which-topic'])).toBe(true);
    expect(isReservedSlug('phrasebook', ['which-topic'])).toBe(false);
  });
});

describe('resolve', () => {
  const site: ResolveContext = {
    base: '/help/',
    locales: ['id', 'en'],
    isTree: (locale, segment) => segment === tree.path[locale as 'id' | 'en'],
  };
  const from = '/id/phrasebook/';
  const match = (href: string) => resolve(href, from, site)?.match;

  it('leaves links off the site alone', () => {
    for (const href of ['https://example.org/', 'mailto:a@b.c', '//cdn.example.org/x'])
      expect(resolve(href, from, site)).toBeUndefined();
  });

  it('names the page of every kind of URL the site makes, relative or absolute, with or without the base path', () => {
    expect(match('../refund/')).toEqual({ page: 'article', locale: 'id', slug: 'refund' });
    expect(match('/help/en/refund/')).toEqual({ page: 'article', locale: 'en', slug: 'refund' });
    expect(match('/en/topics/contact/')).toEqual({ page: 'category', locale: 'en', id: 'contact' });
    expect(match('../search/?q=refund')).toEqual({ page: 'search', locale: 'id' });
    expect(match('../offline/')).toEqual({ page: 'offline', locale: 'id' });
    expect(match('/en/which-topic/item/refund/')).toEqual({
      page: 'step',
      locale: 'en',
      tree: 'which-topic',
      steps: ['item', 'refund'],
    });
    expect(match('/en/')).toEqual({ page: 'home', locale: 'en' });
    expect(match('/help/')).toEqual({ page: 'root' });
    expect(match('/help/favicon.svg')).toEqual({ page: 'file' });
    expect(match('/fr/refund/')).toEqual({ page: 'unknown-locale', locale: 'fr' });
    expect(match('refund/')).toEqual({ page: 'none', locale: 'id', segments: ['phrasebook', 'refund'] });
  });

  it('keeps the path it resolved to and the decoded #fragment', () => {
    expect(resolve('../refund/#ask-for-a-manager', from, site)).toMatchObject({
      path: '/id/refund/',
      hash: 'ask-for-a-manager',
    });
    expect(resolve('#caf%C3%A9', from, site)).toMatchObject({ path: from, hash: 'café' });
  });
});
