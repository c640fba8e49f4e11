// Astro integration for search: after `astro build` has written the pages, index them
// (src/integrations/search-index.ts) with the writers' search words (content/search/); an
// indexing problem fails the build with its message.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/site-settings.ts';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from './search-index.ts';

export default function searchIndex(options: { locales: readonly string[] }): AstroIntegration {
  return {
    name: 'pandu-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const bundles = await buildSearchIndex(fileURLToPath(dir), options.locales, join(contentDir(), 'search'));
        logger.info(`pagefind/ ${bundles.map((b) => `${b.path}: ${b.pages} pages`).join(', ')}`);
      },
    },
  };
}
