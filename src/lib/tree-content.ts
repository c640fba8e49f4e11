// Loads content/trees/*.yaml once per build and checks them with the check's own code
// (src/core/tree-check.ts) against the site the pages build: its locales, articles with their
// section ids (from the article's text, as the check finds them: no page is rendered here),
// channels and the URL segments in use. A mistake stops the build with the lines `npm run check`
// prints (file:line:col, message, rule id), never a stack trace.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractFacts, type ArticleFacts } from '../core/article-facts.ts';
import { formatProblem, type Problem } from '../core/problems.ts';
import { checkTrees, readTree } from '../core/tree-check.ts';
import { articles, channels, ContentError, findArticle, locales, routes, site } from './content.ts';
import { contentDir } from './site-settings.ts';
import { reservedSlugs } from './reserved.ts';
import type { Tree } from './tree.ts';

const treesDir = join(contentDir(), 'trees');
/** A content file as messages show it: relative to the project when inside it (content/trees/x.yaml). */
const shown = (file: string) => {
  const full = join(contentDir(), file);
  const inside = relative(process.cwd(), full);
  return (inside.startsWith('..') ? full : inside).split('\\').join('/');
};
const sources = (existsSync(treesDir) ? readdirSync(treesDir).filter((f) => /\.ya?ml$/.test(f)).sort() : []).map((f) =>
  readTree(`trees/${f}`, readFileSync(join(treesDir, f), 'utf8')),
);

/** Facts of the article text shown on pages of `locale`, parsed once and only for the articles trees point at. */
const factsByPage = new Map<string, ArticleFacts | undefined>();
function factsOf(slug: string, locale: string): ArticleFacts | undefined {
  const key = `${locale}/${slug}`;
  if (!factsByPage.has(key)) {
    const contentLocale = routes.find((r) => r.slug === slug && r.locale === locale)?.contentLocale;
    const entry = contentLocale ? findArticle(contentLocale, slug) : undefined;
    factsByPage.set(key, entry && extractFacts(entry.body ?? ''));
  }
  return factsByPage.get(key);
}

/** Text of the heading `anchor` on the article page `slug` of `locale`. */
export function sectionTitle(locale: string, slug: string, anchor: string): string | undefined {
  const facts = factsOf(slug, locale);
  const titles = new Map(facts?.sections.map((id, i) => [id, facts.sectionTitles[i]!]));
  return titles.get(anchor);
}

const checked = checkTrees(sources, {
  locales,
  defaultLocale: site.defaultLocale,
  articleLocale: (slug, locale) => routes.find((r) => r.slug === slug && r.locale === locale)?.contentLocale,
  articleSections: (slug, locale) => {
    const facts = factsOf(slug, locale);
    return facts?.syntaxError ? undefined : facts?.sections;
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
    throw new ContentError(`<DecisionTree tree="${name}"/>`, `no tree "${name}". Write content/trees/${name}.yaml or use one of: ${trees.map((t) => t.name).join(', ') || '(none yet)'}.`);
  }
  return tree;
}
