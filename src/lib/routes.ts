// The route table: every URL the site makes, and the way back from a URL to the page it names.
// Pages (src/pages/**), components, integrations, the writers' check (rules/links.ts) and the
// browser's search code all build their paths here, so a URL changes in one place.
//
//   <base>                              the language chooser (pages/index.astro)
//   <base>404.html                      what hosts serve for any missing path (pages/404.astro)
//   <base><locale>/                     a locale's home
//   <base><locale>/<slug>/              an article
//   <base><locale>/topics/<category>/   a category's articles
//   <base><locale>/<tree>/<node>/…/     a step of a decision tree (its path per locale)
//   <base><locale>/search/ · translations/ · offline/ · 404/   the locale's other pages
//   <base><locale>/manifest.webmanifest the locale's web app manifest
//   <base>pagefind/<locale>/[from-<language>/]   a search bundle (src/integrations/search-index.ts)
//   <base>sw.js · sitemap.xml · robots.txt · _headers · favicon.svg · icons/…   files at the root
//
// Pure (no Node or Astro imports): browser code imports it too. `base` is always "/" or "/…/".
import { pickText, type LocalizedText } from './i18n.ts';

/**
 * URL segments under /<locale>/ that belong to pages of the site, so no article may use them as
 * its slug (the article page and the other page would have the same URL). Decision trees take
 * their own segment too: the `path` of each content/trees/*.yaml, checked with `isReservedSlug`.
 */
export const reservedSlugs: readonly string[] = [
  '404', // the not-found page of each locale
  'index', // a file named index.mdx would be the locale's home page
  'search', // /<locale>/search/?q=…
  'topics', // /<locale>/topics/<category>/
  'translations', // the reviewers' translation status page
  'offline', // what the service worker shows for a page not saved on the device
];

/** The locale's pages of one segment, besides its home and articles. */
const localePages = ['search', 'translations', 'offline', '404'] as const;
export type LocalePage = (typeof localePages)[number];

/** True when `slug` is a page of the site or the path of a decision tree in some locale. */
export function isReservedSlug(slug: string, treePaths: Iterable<string> = []): boolean {
  return reservedSlugs.includes(slug) || [...treePaths].includes(slug);
}

/** "/help" → "/help/": base paths are compared and joined in this form. */
export function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** Joins the base path, a locale and path segments into a URL path that ends with "/". */
export function localePath(base: string, locale: string, ...segments: string[]): string {
  const root = withTrailingSlash(base);
  const rest = segments
    .filter(Boolean)
    .map((s) => s.replace(/^\/+|\/+$/g, ''))
    .join('/');
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

/** What a decision tree's URL needs: its path per locale, falling back to the default locale's. */
export interface TreeRoute {
  path: LocalizedText;
  defaultLocale: string;
}

/** URL segment of the tree in `locale`: the default locale's when the file gives none for it. */
export function treePath(tree: TreeRoute, locale: string): string {
  return pickText(tree.path, locale, tree.defaultLocale).text;
}

/** URL of a step: /<base>/<locale>/<tree path>/<node ids after the start>/. */
export function stepHref(base: string, locale: string, tree: TreeRoute, route: readonly string[]): string {
  return localePath(base, locale, treePath(tree, locale), ...route.slice(1));
}

/** The `[tree]/[...step]` params of a step's page: the same URL as stepHref. */
export function stepParams(locale: string, tree: TreeRoute, route: readonly string[]) {
  return { locale, tree: treePath(tree, locale), step: route.slice(1).join('/') || undefined };
}

/** A search bundle's folder name under pagefind/: "id", or "id/from-en" for what a locale shows untranslated from `language`. */
export function searchBundle(locale: string, language = locale): string {
  return language === locale ? locale : `${locale}/from-${language}`;
}
/** The language a bundle's pages are written in: "en" for "id/from-en", "id" for "id". */
export function bundleLanguage(bundle: string): string {
  return bundle.split('/from-')[1] ?? bundle;
}
/** The locale a file of the built site belongs to ("id/phrasebook/", "pagefind/id/…"), or undefined. */
export function fileLocale(path: string, locales: readonly string[]): string | undefined {
  return locales.find((l) => path.startsWith(`${l}/`) || path.startsWith(bundleFolder(l)));
}
/** A built HTML file's address under the base path: "id/phrasebook/index.html" → "id/phrasebook/". */
export function pageOfFile(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/** The folder of a search bundle under the site's root: "pagefind/id/from-en/". */
export function bundleFolder(bundle: string): string {
  return `pagefind/${bundle}/`;
}
/** A locale's search words (synonyms, stop words, vocabulary; src/client/search/query.ts), next to its bundles. */
export function searchWordsFile(locale: string): string {
  return `${bundleFolder(locale)}pandu-words.json`;
}
// The two search URLs on their own, so the browser's search code takes only them (`base` ends with "/").
/** The URL of a search bundle's folder: "<base>pagefind/id/from-en/". */
export const searchBundlePath = (base: string, bundle: string) => `${base}${bundleFolder(bundle)}`;
/** The URL of a locale's search words: "<base>pagefind/id/pandu-words.json". */
export const searchWordsPath = (base: string, locale: string) => `${base}${searchWordsFile(locale)}`;

/** Every URL of a site served under `base`. */
export function sitePaths(base: string) {
  const root = withTrailingSlash(base);
  return {
    base: root,
    /** A file at the root of the site: "favicon.svg", "icons/icon-192.png", "sw.js", "sitemap.xml". */
    file: (name: string) => `${root}${name}`,
    home: (locale: string) => localePath(root, locale),
    article: (locale: string, slug: string) => localePath(root, locale, slug),
    category: (locale: string, id: string) => localePath(root, locale, 'topics', id),
    page: (locale: string, page: LocalePage) => localePath(root, locale, page),
    step: (locale: string, tree: TreeRoute, route: readonly string[]) => stepHref(root, locale, tree, route),
    manifest: (locale: string) => `${root}${locale}/manifest.webmanifest`,
    searchBundle: (bundle: string) => searchBundlePath(root, bundle),
    searchWords: (locale: string) => searchWordsPath(root, locale),
  };
}
export type SitePaths = ReturnType<typeof sitePaths>;

/** `getStaticPaths()` of a page that exists once per locale. */
export function localeStaticPaths(locales: readonly string[]) {
  return locales.map((locale) => ({ params: { locale } }));
}

/** The same page in every locale, for hreflang links and the language switch. */
export function inEveryLocale(locales: readonly string[], href: (locale: string) => string) {
  return locales.map((locale) => ({ locale, href: href(locale) }));
}

/** The page a URL path names, as far as the URL alone tells (whether the article or category exists is the caller's to check). */
export type RouteMatch =
  | { page: 'root' }
  | { page: 'file' } // a file such as /favicon.svg
  | { page: 'unknown-locale'; locale: string }
  | { page: 'home'; locale: string }
  | { page: 'category'; locale: string; id: string }
  | { page: LocalePage; locale: string }
  | { page: 'step'; locale: string; tree: string; steps: string[] }
  | { page: 'article'; locale: string; slug: string }
  | { page: 'none'; locale: string; segments: string[] };

export interface Resolved {
  match: RouteMatch;
  /** The path the link leads to, without the base path and the #fragment: "/id/phrasebook/". */
  path: string;
  /** The #fragment, decoded; "" when there is none. */
  hash: string;
}

export interface ResolveContext {
  base: string;
  locales: readonly string[];
  /** True when `segment` is the path of a decision tree in `locale`. */
  isTree(locale: string, segment: string): boolean;
}

/**
 * Where `href`, written on the page at `from` (a path under the base path, "/id/phrasebook/"),
 * leads. Undefined for a link off the site (a scheme such as https: or mailto:, or "//host").
 */
export function resolve(href: string, from: string, site: ResolveContext): Resolved | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  const hashAt = href.indexOf('#');
  const hash = hashAt >= 0 ? safeDecode(href.slice(hashAt + 1)) : '';
  const pathPart = (hashAt >= 0 ? href.slice(0, hashAt) : href).replace(/\?.*$/, '');
  let path =
    pathPart === '' ? from : pathPart.startsWith('/') ? pathPart : new URL(pathPart, `http://site${from}`).pathname;
  const root = withTrailingSlash(site.base);
  if (root !== '/' && path.startsWith(root)) path = path.slice(root.length - 1);
  return { match: matchPath(path, site), path, hash };
}

/** The page of a path under the base path. */
function matchPath(path: string, site: ResolveContext): RouteMatch {
  const segments = path.split('/').filter(Boolean).map(safeDecode);
  if (/\.[a-z0-9]{2,5}$/i.test(segments.at(-1) ?? '')) return { page: 'file' };
  const [locale, first, ...rest] = segments;
  if (!locale) return { page: 'root' };
  if (!site.locales.includes(locale)) return { page: 'unknown-locale', locale };
  if (!first) return { page: 'home', locale };
  if (first === 'topics' && rest.length === 1) return { page: 'category', locale, id: rest[0]! };
  const localePage = localePages.find((p) => p === first);
  if (localePage && rest.length === 0) return { page: localePage, locale };
  if (site.isTree(locale, first)) return { page: 'step', locale, tree: first, steps: rest };
  if (rest.length === 0) return { page: 'article', locale, slug: first };
  return { page: 'none', locale, segments: [first, ...rest] };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
