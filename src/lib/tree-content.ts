// Loads content/trees/*.yaml once per build and validates them against the real site: locales,
// articles with the heading ids their pages render, channels, URL segments already in use.
// Any mistake stops the build with every `file:line: message`, never a stack trace.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { render } from 'astro:content';
import { articles, channels, ContentError, findArticle, locales, routes, site } from './content.ts';
import { contentDir } from './env.ts';
import { reservedSlugs } from './routes.ts';
import { slugify } from './slug.ts';
import { articlesReferenced, readTreeSource, validateTrees, type Tree } from './tree.ts';

const treesDir = join(contentDir(), 'trees');
/** A path as messages show it: relative to the project when inside it (content/trees/x.yaml). */
const shown = (path: string) => {
  const inside = relative(process.cwd(), path);
  return (inside.startsWith('..') ? path : inside).split('\\').join('/');
};
const files = existsSync(treesDir)
  ? readdirSync(treesDir).filter((f) => /\.ya?ml$/.test(f)).sort()
  : [];
const sources = files.map((f) => {
  const full = join(treesDir, f);
  return readTreeSource(shown(full), readFileSync(full, 'utf8'));
});

/** Heading ids of an article as its page renders them (Markdown headings and <Method title>), with their text. */
async function headingsOf(locale: string, slug: string): Promise<Map<string, string>> {
  const entry = findArticle(locale, slug)!;
  const { headings } = await render(entry);
  const methods = [...(entry.body ?? '').matchAll(/<Method\s+title="([^"]*)"/g)].map((m) => ({ slug: slugify(m[1]!), text: m[1]! }));
  return new Map([...headings, ...methods].map((h) => [h.slug, h.text]));
}

// Only the articles the trees point at are rendered here (the article pages render the rest).
const wanted = new Set(sources.flatMap(articlesReferenced));
const anchors = new Map<string, Map<string, string>>();
for (const route of routes) {
  if (wanted.has(route.slug)) anchors.set(`${route.locale}/${route.slug}`, await headingsOf(route.contentLocale, route.slug));
}

/** Text of the heading `anchor` on the article page `slug` of `locale`. */
export function sectionTitle(locale: string, slug: string, anchor: string): string | undefined {
  return anchors.get(`${locale}/${slug}`)?.get(anchor);
}

// Pages of the site and every article own their URL segment under /<locale>/.
const takenSegments = new Set([...reservedSlugs, ...articles.map((a) => a.slug)]);

// Untranslated texts are warnings: `npm run check` (run before every build) prints them.
const { trees: valid, errors } = validateTrees(sources, {
  locales,
  defaultLocale: site.defaultLocale,
  articleLocale: (slug, locale) => routes.find((r) => r.slug === slug && r.locale === locale)?.contentLocale,
  articleAnchors: (slug, locale) => anchors.get(`${locale}/${slug}`),
  channels: new Set(channels.map((c) => c.id)),
  takenSegments,
});
const onHome = valid.filter((t) => t.home);
if (errors.length) {
  const count = `${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} in decision trees`;
  throw new ContentError(shown(treesDir), `${count}:\n${errors.map(String).join('\n')}`);
}

export const trees: readonly Tree[] = valid;
/** The tree shown on every home page ("home: true"), if any. */
export const homeTree: Tree | undefined = onHome[0];

export function findTree(name: string): Tree {
  const tree = trees.find((t) => t.name === name);
  if (!tree) {
    throw new ContentError(`<DecisionTree tree="${name}"/>`, `no tree "${name}". Write content/trees/${name}.yaml or use one of: ${trees.map((t) => t.name).join(', ') || '(none yet)'}.`);
  }
  return tree;
}
