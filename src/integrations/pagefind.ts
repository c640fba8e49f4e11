// Astro integration for search: after `astro build` has written the pages, index them
// (src/integrations/search-index.ts) with the writers' search words (content/search/); an
// indexing problem fails the build with its message.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from './search-index.ts';

/** `searchWordsDir`: the writers' search words, content/search/. */
export default function searchIndex(options: { locales: readonly string[]; searchWordsDir: string }): AstroIntegration {
  return {
    name: 'pandu-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const bundles = await buildSearchIndex(fileURLToPath(dir), options.locales, options.searchWordsDir);
        logger.info(`pagefind/ ${bundles.map((b) => `${b.path}: ${b.pages} pages`).join(', ')}`);
      },
    },
  };
}
