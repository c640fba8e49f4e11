// An incremental build (decided by scripts/lib/build-state.ts): when only the text of some
// articles changed since the last build of the same output folder, Astro renders their pages
// again (and every page that is not an article page: few, and cheap), the other article pages are
// copied from the last build (src/integrations/previous-output.ts), and only the search bundles
// that hold a changed article are indexed again (src/integrations/search-index.ts).
// tests/build/incremental.test.ts proves the result equals a full build, byte for byte.
import { copyFile, link } from 'node:fs/promises';
import type { ArticleRoute } from './i18n.ts';
import { incrementalSetting } from './env.ts';
import { searchBundle } from './routes.ts';

export interface IncrementalPlan {
  /** The article files (absolute paths) whose text changed. */
  changedFiles: ReadonlySet<string>;
  /** The output folder of the last build. */
  previous: string;
}

/** This build's plan, handed over by scripts/build.ts; undefined for a full build. */
export function incrementalPlan(): IncrementalPlan | undefined {
  const setting = incrementalSetting();
  return setting && { changedFiles: new Set(setting.changed), previous: setting.previous };
}

/** What an article's text shows on pages other than its own: the headings a decision tree links to. */
export const embedsTree = (body: string) => body.includes('<DecisionTree');

/**
 * The ids ("en/refund") of the articles whose pages render again: those whose text changed and,
 * when one of them is an article a decision tree points at (its headings are the tree's labels),
 * every article that holds a tree. The content loader works them out (src/content.config.ts): the
 * ids are Astro's, made from the file names.
 */
export function articlesToRender(
  entries: readonly { id: string; file: string; body: () => string }[],
  changedFiles: ReadonlySet<string>,
  treeSlugs: ReadonlySet<string>,
): Set<string> {
  const changed = entries.filter((e) => changedFiles.has(e.file));
  const ids = new Set(changed.map((e) => e.id));
  if (changed.some((e) => treeSlugs.has(e.id.split('/')[1]!)))
    for (const entry of entries) if (embedsTree(entry.body())) ids.add(entry.id);
  return ids;
}

// The content loader's answer, for the pages and integrations of the same build (Astro loads the
// content config and the pages as separate module graphs, in one process).
const renderedKey = Symbol.for('pandu.incremental-articles');
type Registry = Record<symbol, ReadonlySet<string> | undefined>;

export function recordArticlesToRender(ids: ReadonlySet<string> | undefined): void {
  (globalThis as Registry)[renderedKey] = ids;
}

/** The ids of the articles this build renders again; undefined when it renders them all. */
export function recordedArticlesToRender(): ReadonlySet<string> | undefined {
  return (globalThis as Registry)[renderedKey];
}

/** The article whose text a route shows: "en/refund" (an untranslated route shows another locale's). */
export const shownArticle = (route: ArticleRoute) => `${route.contentLocale}/${route.slug}`;

/** Whether this build renders the article page of `route`: always in a full build. */
export function rendersArticlePage(route: ArticleRoute): boolean {
  const ids = recordedArticlesToRender();
  return !ids || ids.has(shownArticle(route));
}

/** The search bundle (a folder under pagefind/) that holds the page of `route`. */
export const bundleOfRoute = (route: ArticleRoute) => searchBundle(route.locale, route.contentLocale);

/** The search bundles that hold a page rendered again, and so are indexed again. */
export function changedBundles(routes: readonly ArticleRoute[], rendered: ReadonlySet<string>): Set<string> {
  return new Set(routes.filter((route) => rendered.has(shownArticle(route))).map(bundleOfRoute));
}

/**
 * Puts a file of the last build into this one: linked (fast, no second copy on disk) where the
 * build never writes into the file afterwards, else copied, and copied where links fail.
 */
export async function keepFile(source: string, target: string, linkable: boolean): Promise<void> {
  if (linkable) await link(source, target).catch(() => copyFile(source, target));
  else await copyFile(source, target);
}
