// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import searchIndex from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/headers.ts';
import sitemap from './src/integrations/sitemap.ts';
import offline from './src/integrations/offline.ts';
import { readSiteSettings, resolveBasePath, contentDir } from './src/lib/site-settings.ts';

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

export default defineConfig({
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
  integrations: [mdx(), searchIndex({ locales: settings.locales }), securityHeaders(), sitemap(), offline()],
  devToolbar: { enabled: false },
});
