// Translation status of every article in every locale. Pure: the check, `npm run translations`
// and the reviewers' page (src/pages/[locale]/translations.astro) all compute it here.
//
// The model (docs/writing.md, "Translations"):
// - An article is one slug; each locale has a file, a stub (`translation: missing`), or nothing.
// - Its source is the version in the default locale, unless that version says
//   `translatedFrom` (it was itself translated) or does not exist: then the first locale of
//   site.yaml whose version was not translated from another.
// - A translation records `translatedFrom: { locale, hash }`: the fingerprint (hash.ts) of the
//   text it was made from. When that text's fingerprint changes, the translation is stale.

export type TranslationState = 'source' | 'translated' | 'stale' | 'missing' | 'untracked';

export interface ArticleVersion {
  locale: string;
  slug: string;
  /** Path of the file, relative to the content folder. */
  file: string;
  title: string;
  /** A stub made by `npm run new`: counts as missing. */
  stub: boolean;
  /** Fingerprint of this version's title, description and body. */
  hash: string;
  translatedFrom?: { locale: string; hash: string };
}

export interface LocaleStatus {
  locale: string;
  state: TranslationState;
  /** The file, when there is one (a stub too). */
  file?: string;
  /** Title in this locale, when it has text (not a stub). */
  title?: string;
  /** For translations: the locale translated from, the fingerprint recorded then and the one now. */
  from?: string;
  recordedHash?: string;
  currentHash?: string;
}

export interface ArticleStatus {
  slug: string;
  /** Title in the source locale. */
  title: string;
  source?: string;
  locales: LocaleStatus[];
}

export function translationStatus(
  versions: readonly ArticleVersion[],
  locales: readonly string[],
  defaultLocale: string,
): ArticleStatus[] {
  const bySlug = new Map<string, Map<string, ArticleVersion>>();
  for (const version of versions) {
    if (!locales.includes(version.locale)) continue;
    if (!bySlug.has(version.slug)) bySlug.set(version.slug, new Map());
    const byLocale = bySlug.get(version.slug)!;
    if (!byLocale.has(version.locale)) byLocale.set(version.locale, version);
  }
  return [...bySlug]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([slug, byLocale]) => {
      const source = sourceLocale(byLocale, locales, defaultLocale);
      const written = (locale: string | undefined) => {
        const version = locale ? byLocale.get(locale) : undefined;
        return version && !version.stub ? version : undefined;
      };
      return {
        slug,
        title: written(source)?.title ?? slug,
        source,
        locales: locales.map((locale): LocaleStatus => {
          const version = byLocale.get(locale);
          const file = version?.file;
          const title = written(locale)?.title;
          if (locale === source) return { locale, state: 'source', file, title };
          if (!version || version.stub) return { locale, state: 'missing', file };
          if (!version.translatedFrom) return { locale, state: 'untracked', file, title };
          const { locale: from, hash: recordedHash } = version.translatedFrom;
          const currentHash = written(from)?.hash;
          return {
            locale,
            state: currentHash === recordedHash ? 'translated' : 'stale',
            file,
            title,
            from,
            recordedHash,
            currentHash,
          };
        }),
      };
    });
}

/** The locale whose text the others translate; undefined when every version is a stub. */
export function sourceLocale(
  byLocale: ReadonlyMap<string, ArticleVersion>,
  locales: readonly string[],
  defaultLocale: string,
): string | undefined {
  const written = (locale: string) => {
    const version = byLocale.get(locale);
    return version && !version.stub ? version : undefined;
  };
  const inDefault = written(defaultLocale);
  if (inDefault && !inDefault.translatedFrom) return defaultLocale;
  const original = locales.find((l) => written(l) && !written(l)!.translatedFrom);
  if (original) return original;
  // Everything is a translation: follow the default locale's (or the first) back to its source.
  const first = inDefault ?? locales.map(written).find((v) => v);
  return first?.translatedFrom && written(first.translatedFrom.locale) ? first.translatedFrom.locale : first?.locale;
}
