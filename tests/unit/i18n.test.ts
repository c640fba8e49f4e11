import { describe, expect, it } from 'vitest';
import {
  articleRoutes,
  fill,
  splitArticleId,
  formatDate,
  pickText,
  textDirection,
  langAttributes,
  formatNumber,
  displayName,
  formatList,
  dateFormat,
} from '../../src/lib/i18n.ts';
import { localePath, swapLocale, withTrailingSlash } from '../../src/lib/routes.ts';
import { formatHours, formatPhone } from '../../src/lib/channels.ts';
import { preferredLocale } from '../../src/client/choose-locale.ts';

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
    expect(routes.map((r) => `${r.locale}/${r.slug}`).sort()).toEqual([
      'en/both',
      'en/en-only',
      'en/id-only',
      'id/both',
      'id/en-only',
      'id/id-only',
    ]);
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

describe('texts per locale with a fallback (pickText, langAttributes, textDirection)', () => {
  const label = { id: 'Menghubungi layanan pelanggan', en: 'Contacting customer service' };
  it("gives the locale's text, else the default locale's, else the first written, with its language", () => {
    expect(pickText(label, 'en', 'id')).toEqual({ text: 'Contacting customer service', lang: 'en' });
    expect(pickText(label, 'ar', 'id')).toEqual({ text: 'Menghubungi layanan pelanggan', lang: 'id' });
    expect(pickText({ en: 'Only English' }, 'ar', 'id')).toEqual({ text: 'Only English', lang: 'en' });
    expect(pickText(undefined, 'ar', 'id')).toBeUndefined();
  });
  it('finds the direction from the locale itself', () => {
    for (const rtl of ['ar', 'he', 'fa', 'ur', 'ar-EG']) expect(textDirection(rtl), rtl).toBe('rtl');
    for (const ltr of ['id', 'en', 'fr', 'ja', 'ru', 'pt-BR']) expect(textDirection(ltr), ltr).toBe('ltr');
  });
  it('marks text of another language with lang, and with dir when the direction differs', () => {
    expect(langAttributes('ar', 'ar')).toEqual({});
    expect(langAttributes('id', 'en')).toEqual({ lang: 'id' });
    expect(langAttributes('id', 'ar')).toEqual({ lang: 'id', dir: 'ltr' });
    expect(langAttributes('ar', 'en')).toEqual({ lang: 'ar', dir: 'rtl' });
  });
});

describe('Intl formats per locale', () => {
  const reviewed = new Date('2026-11-25');
  it('writes dates, numbers, names and lists the way each language does', () => {
    expect(formatDate(reviewed, 'ar')).toBe('25 نوفمبر 2026');
    expect(formatNumber(1234567.5, 'id')).toBe('1.234.567,5');
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(displayName('US', 'region', 'id')).toBe('Amerika Serikat');
    expect(displayName('US', 'region', 'ar')).toBe('الولايات المتحدة');
    expect(displayName('en', 'language', 'ar')).toBe('الإنجليزية');
    expect(formatList(['Amerika Serikat', 'Kanada', 'Meksiko'], 'id')).toBe('Amerika Serikat, Kanada, dan Meksiko');
    expect(formatList(['US'], 'en')).toBe('US');
  });
  it("keeps dates in UTC whatever the machine's time zone", () => {
    expect(formatDate(new Date('2026-11-25T23:30:00Z'), 'en')).toBe('November 25, 2026');
  });
  it('creates each Intl object once per locale (a contact card used to make two per card)', () => {
    expect(dateFormat('ar')).toBe(dateFormat('ar'));
    expect(dateFormat('ar', { weekday: 'short' })).toBe(dateFormat('ar', { weekday: 'short' }));
    expect(dateFormat('ar')).not.toBe(dateFormat('en'));
  });
});

describe('contact facts (formatPhone, formatHours)', () => {
  it('shows E.164 numbers in international format, the same in every locale', () => {
    expect(formatPhone('+18882804331')).toBe('+1 888-280-4331');
    expect(formatPhone('+622150808888')).toBe('+62 21 5080 8888');
    expect(formatPhone('+442071234567')).toBe('+44 20 7123 4567');
    // A three-digit country code (United Arab Emirates).
    expect(formatPhone('+97142345678')).toBe('+971 4234 5678');
  });
  it("names weekdays in the reader's language and joins consecutive days", () => {
    const hours = {
      timeZone: 'America/New_York',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const,
      from: '08:00',
      to: '20:00',
    };
    expect(formatHours({ ...hours, days: [...hours.days] }, 'en')).toBe('Mon–Fri 08:00–20:00 (America/New_York)');
    expect(formatHours({ ...hours, days: [...hours.days] }, 'ar')).toBe(
      'الاثنين–الجمعة 08:00–20:00 (America/New_York)',
    );
  });
});

describe('preferredLocale (which language "/" opens)', () => {
  const ours = ['id', 'en', 'ar'];
  it("takes the first of the browser's languages the site has: the same tag, else the same language", () => {
    expect(preferredLocale(['ar-EG', 'en'], ours)).toBe('ar');
    expect(preferredLocale(['fr-FR', 'en-GB'], ours)).toBe('en');
    expect(preferredLocale(['pt'], ['en', 'pt-BR'])).toBe('pt-BR');
    expect(preferredLocale(['pt-BR', 'pt'], ['pt-PT', 'pt-BR'])).toBe('pt-BR');
    expect(preferredLocale(['fr', 'de'], ours)).toBeUndefined();
  });
});
