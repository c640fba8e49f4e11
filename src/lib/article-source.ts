// An article's MDX as the page compiles it: read from its file when the page renders, not kept in
// Astro's content store (the store is held in memory twice, as a module and as the JSON it
// parses, so bodies there cost memory that grows with the site), and never stale under
// `npm run dev`, whatever the order in which Astro reloads its modules after an edit.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { astroRoot } from './env.ts';

/** The text after the front matter, exactly as @astrojs/mdx's loader makes an entry's body. */
export function bodyOf(text: string): string {
  return parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content.trim();
}

/** True when `body` has import/export lines or a picture from a relative path: Astro must bundle it. */
export function needsModule(body: string): boolean {
  return (
    /^(import|export)\s/m.test(body) || /!\[[^\]]*\]\(\s*<?\.{1,2}\//.test(body) || /\ssrc=["']\.{1,2}\//.test(body)
  );
}

/** An entry's file: its `filePath` is relative to Astro's project root (scripts/build.ts may give the build one of its own). */
export function articleFile(filePath: string): string {
  return resolve(astroRoot() ?? process.cwd(), filePath);
}

export async function readArticleBody(filePath: string): Promise<string> {
  return bodyOf(await readFile(articleFile(filePath), 'utf8'));
}

export function readArticleBodySync(filePath: string): string {
  return bodyOf(readFileSync(articleFile(filePath), 'utf8'));
}
