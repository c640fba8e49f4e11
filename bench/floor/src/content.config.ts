// The generated corpus's articles (FLOOR_CORPUS, Pandu's format), with no schema beyond a title.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const corpus = process.env.FLOOR_CORPUS;
if (!corpus) throw new Error('FLOOR_CORPUS is not set: the bench points it at a generated corpus.');

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `${corpus}/articles` }),
    schema: z.object({ title: z.string(), description: z.string().optional() }).passthrough(),
  }),
};
