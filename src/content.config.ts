// Content collections: everything a writer keeps under content/ (or PANDU_CONTENT).
import { defineCollection } from 'astro:content';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import { articleSchema, categorySchema, channelSchema, uiStringsSchema } from './lib/schemas.ts';
import { articlesAsModules, astroRoot, contentDir } from './lib/env.ts';
import settings from 'virtual:pandu/site';
import { recordRoutes, renderedArticleIds, routesOf, shardLocales, treeArticleSlugs } from './lib/shard.ts';
import { relative } from 'node:path';
import { articleFile, needsModule, readArticleBodySync } from './lib/article-source.ts';
import { articlesToRender, incrementalPlan, recordArticlesToRender } from './lib/incremental.ts';

// Relative to the project root: the dev server finds rendered MDX by this relative path. A build
// in a root of its own (PANDU_ASTRO_ROOT, see scripts/build.ts) takes the absolute path.
const root = astroRoot() ? contentDir() : relative(process.cwd(), contentDir()) || '.';

/**
 * Every article's front matter, and its MDX compiled only when this build renders it: a shard
 * (src/lib/shard.ts) leaves the others out of the bundle, the cost that grows with the site.
 * Runs after every load (cached entries included), so a cache shared by shards of other locales
 * and whole builds never keeps a wrong choice.
 */
/** Front matter that decides whether a file is an article of the built site. */
interface ArticleFlags {
  translation?: string;
  draft?: boolean;
}
/** A stub of `npm run new` or a draft: the build's routes (and so its search index) leave it out, as src/lib/content.ts does. */
const isNoArticle = ({ translation, draft }: ArticleFlags) => translation === 'missing' || draft === true;

type Watcher = NonNullable<LoaderContext['watcher']>;

/** How long an article file must go unchanged before `npm run dev` reads it again. */
const settleMs = 100;

/**
 * The dev server's watcher as Astro's glob loader sees it: a changed or added article is read once
 * its file has settled, not at its first event. An editor (or a test) that saves in place first
 * empties the file, then writes it; the watcher can report that save once, as the file is emptied
 * (it drops a second event for a file within 5 ms), and the loader, reading at once, would find no
 * front matter: it logs a schema error, keeps the old entry, and the preview never shows the edit.
 * A removed file is still dropped at once (and cancels a reading still to come).
 * The glob loader uses `add` and `on` only; everything else of the watcher stays out of reach.
 */
function settledWatcher(watcher: Watcher): Watcher {
  const pending = new Map<string, NodeJS.Timeout>();
  type Listener = (path: string, ...rest: unknown[]) => unknown;
  const settled = {
    add: (paths: string | readonly string[]) => {
      watcher.add(paths);
      return settled;
    },
    on: (event: string, listener: Listener) => {
      watcher.on(event, (path: string, ...rest: unknown[]) => {
        clearTimeout(pending.get(path));
        pending.delete(path);
        if (event !== 'change' && event !== 'add') return listener(path, ...rest);
        // The glob loader reads a file again the same way for both events: the last one wins.
        const read = setTimeout(() => {
          pending.delete(path);
          listener(path, ...rest);
        }, settleMs);
        pending.set(path, read);
      });
      return settled;
    },
  };
  return settled as unknown as Watcher;
}

function articlesLoader(): Loader {
  const inner = glob({ base: `${root}/articles`, pattern: '*/*.mdx' });
  return {
    name: 'pandu-articles',
    load: async (context) => {
      await inner.load({ ...context, watcher: context.watcher && settledWatcher(context.watcher) });
      const { store } = context;
      const entries = [...store.values()];
      const routes = routesOf(
        entries.map((e) => ({ id: e.id, stub: isNoArticle(e.data as ArticleFlags) })),
        settings.locales,
        settings.defaultLocale,
      );
      recordRoutes(routes);
      const built = shardLocales();
      const rendered = built ? renderedArticleIds(routes, built, treeArticleSlugs(contentDir())) : undefined;
      const bodyOf = (entry: (typeof entries)[number]) => entry.body ?? readArticleBodySync(entry);
      // An incremental build (src/lib/incremental.ts): which article pages render again.
      const incremental = incrementalPlan();
      recordArticlesToRender(
        incremental &&
          articlesToRender(
            entries.map((e) => ({ id: e.id, file: articleFile(e), body: () => bodyOf(e) })),
            incremental.changedFiles,
            treeArticleSlugs(contentDir()),
          ),
      );
      for (const entry of entries) {
        // Only an article that needs a module of its own is bundled; the others are compiled by
        // their page from the file (src/lib/article-body.ts), so the store keeps no body.
        const body = bodyOf(entry);
        const render = (rendered ? rendered.has(entry.id) : true) && (articlesAsModules() || needsModule(body));
        if (Boolean(entry.deferredRender) === render && entry.body === undefined) continue;
        store.delete(entry.id);
        const { deferredRender: _was, body: _body, ...rest } = entry;
        store.set(render ? { ...rest, deferredRender: true } : rest);
      }
    },
  };
}

export const collections = {
  articles: defineCollection({
    loader: articlesLoader(),
    schema: articleSchema,
  }),
  categories: defineCollection({
    loader: file(`${root}/categories.yaml`),
    schema: categorySchema,
  }),
  channels: defineCollection({
    loader: file(`${root}/channels.yaml`),
    schema: channelSchema,
  }),
  ui: defineCollection({
    loader: glob({ base: `${root}/ui`, pattern: '*.yaml' }),
    schema: uiStringsSchema,
  }),
};
