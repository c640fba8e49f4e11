// Locale helpers: which text an article page shows, string templates, dates and numbers.
// Pure functions (no Astro imports) so unit tests can call them directly.

// URLs (localePath, swapLocale, …) live in src/lib/routes.ts.

/** Fills "{name}" placeholders: fill("Method {n} of {total}", { n: 1, total: 2 }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export interface ArticleSource {
  locale: string;
  slug: string;
}

export interface ArticleRoute {
  /** Locale of the page (its URL and interface). */
  locale: string;
  slug: string;
  /** Locale the text is written in: differs from `locale` when the article is not translated. */
  contentLocale: string;
}

/**
 * One route per article and locale. An article missing in a locale is shown there in the
 * default locale (or else the first locale that has it), never left as a 404.
 */
export function articleRoutes(
  sources: readonly ArticleSource[],
  locales: readonly string[],
  defaultLocale: string,
): ArticleRoute[] {
  const localesBySlug = new Map<string, Set<string>>();
  for (const { locale, slug } of sources) {
    if (!locales.includes(locale)) continue;
    if (!localesBySlug.has(slug)) localesBySlug.set(slug, new Set());
    localesBySlug.get(slug)!.add(locale);
  }
  const routes: ArticleRoute[] = [];
  for (const [slug, written] of [...localesBySlug].sort(([a], [b]) => a.localeCompare(b))) {
    const fallback = written.has(defaultLocale) ? defaultLocale : locales.find((l) => written.has(l))!;
    for (const locale of locales) {
      routes.push({ locale, slug, contentLocale: written.has(locale) ? locale : fallback });
    }
  }
  return routes;
}

/** Splits a collection id such as "id/contact-customer-service" into locale and slug. */
export function splitArticleId(id: string): ArticleSource {
  const [locale, ...rest] = id.split('/');
  return { locale: locale ?? '', slug: rest.join('/') };
}

/** A text per locale as a writer gives it in YAML: `{ id: "…", en: "…" }`. */
export type LocalizedText = Readonly<Record<string, string>>;

/** A text and the language it is written in (differs from the page's when it fell back). */
export interface LocalText {
  text: string;
  lang: string;
}

/**
 * The text of `locale`, else the default locale's, else the first one written: a label nobody
 * translated yet shows in the default language (marked with its `lang`) instead of vanishing.
 */
export function pickText(value: LocalizedText, locale: string, defaultLocale: string): LocalText;
export function pickText(
  value: LocalizedText | undefined,
  locale: string,
  defaultLocale: string,
): LocalText | undefined;
export function pickText(
  value: LocalizedText | undefined,
  locale: string,
  defaultLocale: string,
): LocalText | undefined {
  if (!value) return undefined;
  for (const lang of [locale, defaultLocale]) if (value[lang]) return { text: value[lang], lang };
  const first = Object.entries(value).find(([, text]) => text);
  return first && { text: first[1], lang: first[0] };
}

// Intl objects are costly to create (a locale lookup each): one per locale and kind per build.
const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

// Scripts written right to left (ISO 15924), for runtimes without Intl.Locale#getTextInfo.
const rtlScripts = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Mend', 'Yezi']);

/** "rtl" for Arabic, Hebrew, Persian, Urdu, …; "ltr" otherwise. From the locale itself, no list of languages. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return cached(`direction:${locale}`, () => {
    const parsed = new Intl.Locale(locale);
    const info = (parsed as { getTextInfo?: () => { direction?: string } }).getTextInfo?.();
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
    return rtlScripts.has(parsed.maximize().script ?? '') ? 'rtl' : 'ltr';
  });
}

/**
 * Attributes for an element whose text is in `lang` on a page of `pageLocale`: `lang` when the
 * two differ, and `dir` too when their directions differ (Indonesian fallback text on an Arabic
 * page must still run left to right). Empty when the text is in the page's language.
 */
export function langAttributes(lang: string, pageLocale: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (lang === pageLocale) return {};
  const dir = textDirection(lang);
  return dir === textDirection(pageLocale) ? { lang } : { lang, dir };
}

/** Formats dates in `locale` with `options`, always in UTC so builds are reproducible. */
export function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): Intl.DateTimeFormat {
  return cached(
    `date:${locale}:${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }),
  );
}

/** A date as the reader's locale writes it ("4 Desember 2026", "December 4, 2026", "4 ديسمبر 2026"). */
export function formatDate(date: Date, locale: string): string {
  return dateFormat(locale).format(date);
}

/** A number with the locale's digits and grouping ("1.234" in Indonesian, "1,234" in English). */
export function formatNumber(n: number, locale: string): string {
  return cached(`number:${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

/** The name of a region ("US") or language ("en") in `locale`; the code itself when Intl has no name. */
export function displayName(code: string, type: 'region' | 'language', locale: string): string {
  const names = cached(`names:${type}:${locale}`, () => new Intl.DisplayNames([locale], { type, fallback: 'none' }));
  return names.of(code) ?? code;
}

/** Items joined as the locale lists them ("A, B, and C"; "A وB"). */
export function formatList(items: readonly string[], locale: string): string {
  return cached(`list:${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' })).format(
    items,
  );
}
