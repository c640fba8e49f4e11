// URL segments under /<locale>/ that belong to pages of the site, so no article may use them as
// its slug (the article page and the other page would have the same URL). Decision trees take
// their own segment too: the `path` of each content/trees/*.yaml, checked with `isReservedSlug`.
export const reservedSlugs: readonly string[] = [
  '404', // the not-found page of each locale
  'index', // a file named index.mdx would be the locale's home page
  'search', // /<locale>/search/?q=…
  'topics', // /<locale>/topics/<category>/
  'translations', // the reviewers' translation status page
];

/** True when `slug` is a page of the site or the path of a decision tree in some locale. */
export function isReservedSlug(slug: string, treePaths: Iterable<string> = []): boolean {
  return reservedSlugs.includes(slug) || [...treePaths].includes(slug);
}
