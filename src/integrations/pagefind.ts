// Astro integration for search: after `astro build` has written the pages, index them
// (src/integrations/search-index.ts) with the writers' search words (content/search/); an
// indexing problem fails the build with its message. A shard (src/lib/shard.ts) leaves its word
// counts for `npm run merge-shards`, which writes the words files of the whole site.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordedRoutes, serializeWords, shardLocales, shardWordsFile } from '../lib/shard.ts';
import type { AstroIntegration } from 'astro';
import { changedBundles, incrementalPlan, recordedArticlesToRender } from '../lib/incremental.ts';
import { buildSearchIndex, writeWordsFiles } from './search-index.ts';

/** `searchWordsDir`: the writers' search words, content/search/. */
export default function searchIndex(options: { locales: readonly string[]; searchWordsDir: string }): AstroIntegration {
  return {
    name: 'pandu-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const shard = shardLocales();
        const routes = recordedRoutes();
        const incremental = incrementalPlan();
        const rendered = recordedArticlesToRender();
        const reuse = incremental &&
          rendered && { previous: incremental.previous, reindexed: changedBundles(routes, rendered) };
        const plan = { locales: options.locales, built: shard ?? options.locales, routes, reuse };
        const { bundles, words } = await buildSearchIndex(outDir, plan, options.searchWordsDir);
        if (shard) {
          const file = join(outDir, shardWordsFile);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, serializeWords(words));
        } else {
          await writeWordsFiles(outDir, words);
        }
        logger.info(`pagefind/ ${bundles.map((b) => `${b.path}: ${b.pages} pages`).join(', ')}`);
      },
    },
  };
}
