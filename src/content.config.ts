// Content collections: everything a writer keeps under content/ (or PANDU_CONTENT).
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
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

function articlesLoader(): Loader {
  const inner = glob({ base: `${root}/articles`, pattern: '*/*.mdx' });
  return {
    name: 'pandu-articles',
    load: async (context) => {
      await inner.load(context);
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
