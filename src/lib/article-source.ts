// An article's MDX as the page compiles it: read from its file when the page renders, not kept in
// Astro's content store (the store is held in memory twice, as a module and as the JSON it
// parses, so bodies there cost memory that grows with the site), and never stale under
// `npm run dev`, whatever the order in which Astro reloads its modules after an edit.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { astroRoot, contentDir } from './env.ts';

/** An article file's front matter (its YAML text) and body, split exactly as @astrojs/mdx's loader splits them. */
export function splitArticle(text: string): { frontMatter: string; body: string } {
  const { rawFrontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  return { frontMatter: rawFrontmatter, body: content.trim() };
}

/** The text after the front matter, exactly as @astrojs/mdx's loader makes an entry's body. */
export function bodyOf(text: string): string {
  return splitArticle(text).body;
}

/** True when `body` has import/export lines or a picture from a relative path: Astro must bundle it. */
export function needsModule(body: string): boolean {
  return (
    /^(import|export)\s/m.test(body) || /!\[[^\]]*\]\(\s*<?\.{1,2}\//.test(body) || /\ssrc=["']\.{1,2}\//.test(body)
  );
}

/**
 * An article entry's file. Its `filePath` is relative to Astro's project root (scripts/build.ts
 * may give the build one of its own), but Astro keeps an entry whose text is unchanged as it was,
 * file path included: after the content folder moved (another PANDU_CONTENT with the same
 * article), the path can name a file that is gone. The id ("en/refund") then gives the file in
 * the current folder.
 */
export function articleFile(entry: { id: string; filePath?: string }): string {
  const stored = entry.filePath && resolve(astroRoot() ?? process.cwd(), entry.filePath);
  return stored && existsSync(stored) ? stored : join(contentDir(), 'articles', `${entry.id}.mdx`);
}

export async function readArticleBody(entry: { id: string; filePath?: string }): Promise<string> {
  return bodyOf(await readFile(articleFile(entry), 'utf8'));
}

export function readArticleBodySync(entry: { id: string; filePath?: string }): string {
  return bodyOf(readFileSync(articleFile(entry), 'utf8'));
}
