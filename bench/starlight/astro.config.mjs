// @ts-check
// Starlight with its defaults, building the same generated corpus as Pandu (see scripts/bench.ts).
// The bench points src/content/docs at a generated folder and picks the output and cache folders.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://help.example.org',
  outDir: process.env.STARLIGHT_OUT_DIR || 'dist',
  cacheDir: process.env.STARLIGHT_CACHE_DIR || './node_modules/.astro',
  integrations: [
    starlight({
      title: 'Pandu',
      defaultLocale: 'id',
      locales: {
        id: { label: 'Bahasa Indonesia', lang: 'id' },
        en: { label: 'English', lang: 'en' },
      },
    }),
  ],
});
