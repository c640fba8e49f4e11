import { describe, expect, it } from 'vitest';
import { articleRoutes, fill, localePath, splitArticleId, swapLocale, formatDate, withTrailingSlash } from '../../src/lib/i18n.ts';

describe('localePath', () => {
  it('builds paths under the root and under a base path, always ending in "/"', () => {
    expect(localePath('/', 'id')).toBe('/id/');
    expect(localePath('/', 'en', 'phrasebook')).toBe('/en/phrasebook/');
    expect(localePath('/help/', 'en', 'topics', 'contact')).toBe('/help/en/topics/contact/');
    expect(localePath('/help', 'id', '/x/')).toBe('/help/id/x/');
  });
});

describe('swapLocale', () => {
  it('replaces the locale segment after the base path', () => {
    expect(swapLocale('/help/id/phrasebook/', '/help/', ['id', 'en'], 'en')).toBe('/help/en/phrasebook/');
    expect(swapLocale('/en/', '/', ['id', 'en'], 'id')).toBe('/id/');
  });
  it('returns undefined outside a locale', () => {
    expect(swapLocale('/pagefind/x.js', '/', ['id', 'en'], 'en')).toBeUndefined();
    expect(swapLocale('/id/', '/help/', ['id', 'en'], 'en')).toBeUndefined();
  });
});

describe('fill', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Metode {n} dari {total}', { n: 1, total: 2 })).toBe('Metode 1 dari 2');
    expect(fill('Step {n} {x}', { n: 3 })).toBe('Step 3 {x}');
  });
});

describe('articleRoutes', () => {
  const sources = [
    { locale: 'id', slug: 'both' },
    { locale: 'en', slug: 'both' },
    { locale: 'id', slug: 'id-only' },
    { locale: 'en', slug: 'en-only' },
    { locale: 'fr', slug: 'ignored' },
  ];
  const routes = articleRoutes(sources, ['id', 'en'], 'id');

  it('gives every article a page in every locale', () => {
    expect(routes).toHaveLength(6);
    expect(routes.map((r) => `${r.locale}/${r.slug}`).sort()).toEqual(
      ['en/both', 'en/en-only', 'en/id-only', 'id/both', 'id/en-only', 'id/id-only'],
    );
  });
  it('shows a missing translation in the default locale, else in a locale that has it', () => {
    const find = (locale: string, slug: string) => routes.find((r) => r.locale === locale && r.slug === slug);
    expect(find('en', 'id-only')?.contentLocale).toBe('id');
    expect(find('id', 'en-only')?.contentLocale).toBe('en');
    expect(find('en', 'both')?.contentLocale).toBe('en');
  });
});

describe('splitArticleId and formatDate', () => {
  it('splits a collection id into locale and slug', () => {
    expect(splitArticleId('id/contact-channels')).toEqual({ locale: 'id', slug: 'contact-channels' });
  });
  it('writes dates the way each locale does, independent of the machine time zone', () => {
    const date = new Date('2026-11-25T00:00:00Z');
    expect(formatDate(date, 'en')).toBe('November 25, 2026');
    expect(formatDate(date, 'id')).toBe('25 November 2026');
  });
});

describe('withTrailingSlash', () => {
  it('adds the slash once', () => {
    expect(withTrailingSlash('/help')).toBe('/help/');
    expect(withTrailingSlash('/help/')).toBe('/help/');
    expect(withTrailingSlash('/')).toBe('/');
  });
});
