// @ts-check
// The floor: the least an Astro + MDX + Pagefind help center can cost on the bench's corpus.
// Same Astro, MDX and Pagefind as Pandu (resolved from the repository's node_modules), a bare
// layout and stand-in components. `npm run bench` builds it beside Pandu and Starlight, so the
// report shows how much of Pandu's build time is Pandu's own (see scripts/bench/sites.ts).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://help.example.org',
  trailingSlash: 'always',
  outDir: process.env.FLOOR_OUT_DIR || 'dist',
  cacheDir: process.env.FLOOR_CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
