// Content collections: everything a writer keeps under content/ (or PANDU_CONTENT).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, categorySchema, channelSchema, uiStringsSchema } from './lib/schemas.ts';
import { astroRoot, contentDir } from './lib/env.ts';
import { relative } from 'node:path';

// Relative to the project root: the dev server finds rendered MDX by this relative path. A build
// in a root of its own (PANDU_ASTRO_ROOT, see scripts/build.ts) takes the absolute path.
const root = astroRoot() ? contentDir() : relative(process.cwd(), contentDir()) || '.';

export const collections = {
  articles: defineCollection({
    loader: glob({ base: `${root}/articles`, pattern: '*/*.mdx' }),
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
