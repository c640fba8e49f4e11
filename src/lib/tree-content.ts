// Loads content/trees/*.yaml once per build and checks them with the check's own code
// (src/core/tree-check.ts) against the site the pages build: its locales, articles with the
// heading ids their pages render, channels and the URL segments in use. A mistake stops the build
// with the lines `npm run check` prints (file:line:col, message, rule id), never a stack trace.
// Heading ids come from Astro's render of the few articles trees point at, not from the check's
// remark facts: parsing those again here made the real site's build about 0.8 s slower.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { renderArticle } from './article-body.ts';
import { readArticleBody } from './article-source.ts';
import { formatProblem, type Problem } from '../core/problems.ts';
import { articlesReferenced, checkTrees, readTree } from '../core/tree-check.ts';
import { articles, channels, ContentError, draftSlugs, findArticle, locales, routes, site } from './content.ts';
import { contentDir } from './env.ts';
import { reservedSlugs } from './routes.ts';
import { slugify } from './slug.ts';
import type { Tree } from './tree.ts';

const treesDir = join(contentDir(), 'trees');
/** A content file as messages show it: relative to the project when inside it (content/trees/x.yaml). */
const shown = (file: string) => {
  const full = join(contentDir(), file);
  const inside = relative(process.cwd(), full);
  return (inside.startsWith('..') ? full : inside).split('\\').join('/');
};
const sources = (
  existsSync(treesDir)
    ? readdirSync(treesDir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : []
).map((f) => readTree(`trees/${f}`, readFileSync(join(treesDir, f), 'utf8')));

/** Heading ids of an article as its page renders them (Markdown headings and <Method title>), with their text. */
async function headingsOf(locale: string, slug: string): Promise<Map<string, string>> {
  const entry = findArticle(locale, slug)!;
  const { headings } = await renderArticle(entry);
  const methods = [...(await readArticleBody(entry)).matchAll(/<Method\s+title="([^"]*)"/g)].map((m) => ({
    slug: slugify(m[1]!),
    text: m[1]!,
  }));
  return new Map([...headings, ...methods].map((h) => [h.slug, h.text]));
}

const wanted = new Set(sources.flatMap(articlesReferenced));
const anchors = new Map<string, Map<string, string>>();
for (const route of routes) {
  if (wanted.has(route.slug))
    anchors.set(`${route.locale}/${route.slug}`, await headingsOf(route.contentLocale, route.slug));
}

/** Text of the heading `anchor` on the article page `slug` of `locale`. */
export function sectionTitle(locale: string, slug: string, anchor: string): string | undefined {
  return anchors.get(`${locale}/${slug}`)?.get(anchor);
}

const checked = checkTrees(sources, {
  locales,
  defaultLocale: site.defaultLocale,
  articleLocale: (slug, locale) => routes.find((r) => r.slug === slug && r.locale === locale)?.contentLocale,
  isDraft: (slug) => draftSlugs.has(slug),
  articleSections: (slug, locale) => {
    const ids = anchors.get(`${locale}/${slug}`);
    return ids && [...ids.keys()];
  },
  channels: new Set(channels.map((c) => c.id)),
  // Pages of the site and every article own their URL segment under /<locale>/.
  takenSegments: new Set([...reservedSlugs, ...articles.map((a) => a.slug)]),
});

/** The trees' problems as `npm run check` prints them (warnings included: untranslated texts). */
export const treeProblems: readonly Problem[] = checked.problems.map((p) => ({ ...p, file: shown(p.file) }));
const errors = treeProblems.filter((p) => p.severity === 'error');
if (errors.length) {
  const count = `${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} in decision trees`;
  throw new ContentError(shown('trees'), `${count}:\n${errors.map((p) => formatProblem(p)).join('\n')}`);
}

export const trees: readonly Tree[] = checked.trees;
/** The tree shown on every home page ("home: true"), if any. */
export const homeTree: Tree | undefined = trees.find((t) => t.home);

export function findTree(name: string): Tree {
  const tree = trees.find((t) => t.name === name);
  if (!tree) {
    throw new ContentError(
      `<DecisionTree tree="${name}"/>`,
      `no tree "${name}". Write content/trees/${name}.yaml or use one of: ${trees.map((t) => t.name).join(', ') || '(none yet)'}.`,
    );
  }
  return tree;
}
