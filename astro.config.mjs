// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import searchIndex from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/headers.ts';
import sitemap from './src/integrations/sitemap.ts';
import buildPhases, { timed } from './src/integrations/build-phases.ts';
import offline from './src/integrations/offline.ts';
import helpContent from './src/integrations/help-content.ts';
import { readSiteSettings, resolveBasePath, contentDir } from './src/lib/site-settings.ts';

// No telemetry and no "new Astro version" hint, whoever runs Astro (`npm run build` calls its API):
// versions are pinned and upgraded on purpose (docs/architecture.md, "Upgrading"). The npm scripts
// set the same for the CLI, whose first-run notice comes before this file is read.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';

// The content folder can be swapped (tests use fixtures, the bench a generated corpus).
const settings = readSiteSettings(contentDir());

/**
 * The accent colours of content/site.yaml as CSS variables, bundled into the one stylesheet.
 * @returns {import('vite').Plugin}
 */
function themeCss() {
  const id = 'virtual:pandu-theme.css';
  return {
    name: 'pandu-theme',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) =>
      resolved === `\0${id}`
        ? `:root{--accent:${settings.theme.accent};--accent-dark:${settings.theme.accentDark}}`
        : undefined,
  };
}

// A build with its own cache folder (tests, the bench, shards) runs in a project root of its own
// there (scripts/build.ts sets PANDU_ASTRO_ROOT), so Astro's .astro/ folder is never shared by two
// builds running at once; the sources stay here.
const isolatedRoot = process.env.PANDU_ASTRO_ROOT;

export default defineConfig({
  ...(isolatedRoot ? { root: isolatedRoot, srcDir: fileURLToPath(new URL('./src/', import.meta.url)), publicDir: fileURLToPath(new URL('./public/', import.meta.url)) } : {}),
  site: settings.baseUrl,
  base: resolveBasePath(settings),
  trailingSlash: 'always',
  // 'jsx' (the Astro 7 default) eats the space between a word and an inline tag at a line break.
  compressHTML: true,
  outDir: process.env.PANDU_OUT_DIR || 'dist',
  // Separate caches let tests and the bench build other content folders in parallel.
  cacheDir: process.env.PANDU_CACHE_DIR || './node_modules/.astro',
  build: {
    format: 'directory',
    // One cached stylesheet for the whole site; keeps the CSP free of 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  vite: {
    plugins: [themeCss()],
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
    mdx(),
    helpContent(),
    ...timed('search index', searchIndex({ locales: settings.locales })),
    ...timed('sitemap and headers', securityHeaders(), sitemap()),
    ...timed('offline worker', offline()),
  ],
  devToolbar: { enabled: false },
});
