// Hands content/site.yaml, read and checked once in astro.config.mjs, to the pages as two
// virtual modules: `virtual:pandu/site` (the settings; src/lib/content.ts re-exports them as
// `site`) and `virtual:pandu-theme.css` (the accent colours as CSS variables, bundled into the one
// stylesheet). Under `npm run dev` an edit of site.yaml restarts the server with the new settings.
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import type { SiteSettings } from '../lib/schemas.ts';

/** A Vite plugin serving `id` as a module whose source is `code`. */
function virtualModule(id: string, code: string): Plugin {
  return {
    name: `pandu:${id}`,
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? code : undefined),
  };
}

export default function siteSettings(settings: SiteSettings, file: string): AstroIntegration {
  return {
    name: 'pandu-site-settings',
    hooks: {
      'astro:config:setup': ({ addWatchFile, updateConfig }) => {
        addWatchFile(file);
        updateConfig({
          vite: {
            plugins: [
              virtualModule('virtual:pandu/site', `export default ${JSON.stringify(settings)};`),
              virtualModule(
                'virtual:pandu-theme.css',
                `:root{--accent:${settings.theme.accent};--accent-dark:${settings.theme.accentDark}}`,
              ),
            ],
          },
        });
      },
    },
  };
}
