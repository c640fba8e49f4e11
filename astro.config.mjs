// @ts-check
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import searchIndex from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/headers.ts';
import sitemap from './src/integrations/sitemap.ts';
import buildPhases, { timed } from './src/integrations/build-phases.ts';
import offline from './src/integrations/offline.ts';
import previousOutput from './src/integrations/previous-output.ts';
import siteSettings from './src/integrations/site.ts';
import { readSiteSettings, resolveBasePath, siteSettingsFile } from './src/lib/site-settings.ts';
import { astroRoot, cacheDir, contentDir, outDir, quietAstro } from './src/lib/env.ts';
import helpContent from './src/integrations/help-content.ts';
import { ignoreGenerated } from './src/lib/dev-watch.ts';

// No telemetry and no "new Astro version" hint, whoever runs Astro (`npm run build` calls its API):
// versions are pinned and upgraded on purpose (docs/architecture.md, "Upgrading"). The npm scripts
// set the same for the CLI, whose first-run notice comes before this file is read.
quietAstro();

// content/site.yaml, read and checked once here, then handed on: to the pages through
// virtual:pandu/site, to the integrations as options (docs/configuration.md lists the settings).
// The content folder can be swapped (tests use fixtures, the bench a generated corpus).
const content = contentDir();
const settings = readSiteSettings(content);

// A build with its own cache folder (tests, the bench, shards) runs in a project root of its own
// there (scripts/build.ts sets PANDU_ASTRO_ROOT), so Astro's .astro/ folder is never shared by two
// builds running at once; the sources stay here.
const isolatedRoot = astroRoot();
const projectRoot = fileURLToPath(new URL('./', import.meta.url));

export default defineConfig({
  ...(isolatedRoot
    ? {
        root: isolatedRoot,
        srcDir: fileURLToPath(new URL('./src/', import.meta.url)),
        publicDir: fileURLToPath(new URL('./public/', import.meta.url)),
      }
    : {}),
  site: settings.baseUrl,
  base: resolveBasePath(settings),
  trailingSlash: 'always',
  // 'jsx' (the Astro 7 default) eats the space between a word and an inline tag at a line break.
  compressHTML: true,
  outDir: outDir(),
  // Separate caches let tests and the bench build other content folders in parallel.
  cacheDir: cacheDir(),
  build: {
    format: 'directory',
    // One cached stylesheet for the whole site; keeps the CSP free of 'unsafe-inline'.
    inlineStylesheets: 'never',
    // Pages rendered at once. One at a time, a quarter of the render phase was spent waiting on
    // each page's file reads and writes; 4 took it from 17-19 s to 10-14 s at 2,000 articles per
    // locale, same bytes, same peak memory (16 cost more CPU than it saved). docs/performance.md.
    concurrency: 4,
  },
  vite: {
    // npm run dev: generated sites under the project (dist/, the bench's, the tests') are not watched.
    server: { watch: { ignored: [ignoreGenerated(projectRoot, isolatedRoot ? [content, isolatedRoot] : [content])] } },
    build: {
      // Never inline scripts: the strict CSP allows only scripts from 'self'.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's warning
        // about it is noise for writers.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
  integrations: [
    buildPhases(),
    siteSettings(settings, siteSettingsFile(content)),
    mdx(),
    helpContent(),
    // An incremental build keeps the last build's other pages (src/lib/incremental.ts), before the search index.
    previousOutput(),
    ...timed('search index', searchIndex({ locales: settings.locales, searchWordsDir: join(content, 'search') })),
    ...timed('sitemap and headers', securityHeaders(settings), sitemap()),
    ...timed('offline worker', offline(settings)),
  ],
  devToolbar: { enabled: false },
});
