// Locale helpers: URLs per locale, which text an article page shows, string templates.
// Pure functions (no Astro imports) so unit tests can call them directly.

/** "/help" → "/help/": base paths are compared and joined in this form. */
export function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** Joins the base path, a locale and path segments into a URL path that ends with "/". */
export function localePath(base: string, locale: string, ...segments: string[]): string {
  const root = withTrailingSlash(base);
  const rest = segments.filter(Boolean).map((s) => s.replace(/^\/+|\/+$/g, '')).join('/');
  return `${root}${locale}/${rest ? `${rest}/` : ''}`;
}

/**
 * The same page in another locale: replaces the locale segment that follows the base path.
 * Returns undefined when the path is not under a locale.
 */
export function swapLocale(pathname: string, base: string, locales: readonly string[], to: string): string | undefined {
  const root = withTrailingSlash(base);
  if (!pathname.startsWith(root)) return undefined;
  const [first, ...rest] = pathname.slice(root.length).split('/');
  if (!first || !locales.includes(first)) return undefined;
  return `${root}${[to, ...rest].join('/')}`;
}

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

/** A date as the reader's locale writes it, fixed to UTC so builds are reproducible. */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
