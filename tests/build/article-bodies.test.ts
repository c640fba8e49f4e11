// Articles are compiled when their page renders, not bundled as modules (src/lib/article-body.ts).
// The pages must be exactly what Astro's own way makes of them, features of MDX included, and an
// article with code of its own still builds (it keeps Astro's way).
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSiteAsync, type BuildResult } from '../helpers/build.ts';
import { fixtureContent } from '../helpers/fixture.ts';
import { fixturesRoot } from '../helpers/paths.ts';
import { htmlFiles, readPage } from '../helpers/dist.ts';

/**
 * A page's HTML, with the code blocks as their text only: Shiki stops tokenizing a line after
 * 500 ms (its tokenizeTimeLimit), so on a loaded machine the first block of a build can come out
 * in coarser colour spans, whichever way the article was compiled.
 */
function comparable(file: string): string {
  return readFileSync(file, 'utf8').replace(
    /(<pre class="astro-code[^>]*>)([\s\S]*?)(<\/pre>)/g,
    (_, open: string, code: string, close: string) => open + code.replace(/<[^>]+>/g, '') + close,
  );
}

let compiled: BuildResult;
let bundled: BuildResult;
beforeAll(async () => {
  const content = fixtureContent('article-bodies', resolve(fixturesRoot, 'article-bodies/articles'));
  [compiled, bundled] = await Promise.all([
    buildSiteAsync({ name: 'article-bodies', content }),
    buildSiteAsync({ name: 'article-bodies-modules', content, env: { PANDU_ARTICLES_AS_MODULES: '1' } }),
  ]);
}, 180_000);

describe('article bodies', () => {
  it('build both ways', () => {
    expect(compiled.ok, compiled.output).toBe(true);
    expect(bundled.ok, bundled.output).toBe(true);
  });

  it('render methods, expressions, smart quotes, tables, code and footnotes', () => {
    const html = readPage(compiled.outDir, 'en/plain/');
    expect(html).toContain('<p class="method-label">Method 1 of 2</p> <h2 id="write-in-the-chat">');
    expect(html).toContain('<p class="method-label">Method 2 of 2</p>');
    expect(html).toContain('Open the chat and type 6 words.');
    expect(html).toContain('“smart quotes” – typed straight.');
    expect(html).toContain('<td>all day</td>');
    expect(html).toMatch(/<pre class="astro-code[^"]*"[^>]*data-language="js">/);
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toMatch(/<nav class="toc"[\s\S]*href="#a-table"/);
  });

  it('render an article that exports code of its own', () => {
    expect(readPage(compiled.outDir, 'en/with-code/')).toContain('Agents usually answer within 15 minutes.');
  });

  it('are the same pages, byte for byte, as when every article is a module', () => {
    const pages = htmlFiles(compiled.outDir);
    expect(pages.length).toBeGreaterThan(10);
    const differing = pages.filter(
      (page) => comparable(join(compiled.outDir, page)) !== comparable(join(bundled.outDir, page)),
    );
    expect(differing).toEqual([]);
  });
});
