// `npm run dev` as a writer uses it: a tree edit shows at once, and a mistake that breaks pages (a
// broken tree, an unknown component) shows the content check's own lines, never Astro's stack
// trace; the page comes back by itself once the mistake is fixed. Runs on a copy of the tree
// fixture, edited as a writer would.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/core/content-files.ts';
import { lintContent } from '../../src/core/lint.ts';
import { treeContent } from '../fixtures/trees/content.ts';
import { startAstro, type AstroServer } from '../helpers/astro-server.ts';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { repoRoot } from '../helpers/paths.ts';

const content = treeContent('dev-check', 'good');
const tree = join(content, 'trees/help.yaml');
const article = join(content, 'articles/en/settle-it.mdx');
const original = { tree: readFileSync(tree, 'utf8'), article: readFileSync(article, 'utf8') };

/** Changes a file as an editor saves it; returns the undo. */
function edit(file: string, from: string, to: string): () => void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
  return () => writeFileSync(file, text);
}

/** The check's errors for the fixture right now, as `npm run check` prints them (file:line:col … (rule)). */
function checkErrors(): string[] {
  const shown = join(content, '.').slice(repoRoot.length + 1);
  return lintContent(readContentFiles(content))
    .filter((p) => p.severity === 'error')
    .map((p) => `${shown}/${p.file}:${p.line}:${p.column}  error  ${p.message}  (${p.rule})`);
}

const page = async (server: AstroServer, path: string) => {
  const response = await fetch(`${server.url}${path}`, { headers: { accept: 'text/html' } });
  return { status: response.status, html: await response.text() };
};
const unescape = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

let server: AstroServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startAstro('dev', { content, name: 'dev-check' }), launchBrowser()]);
});
afterAll(async () => {
  writeFileSync(tree, original.tree);
  writeFileSync(article, original.article);
  await Promise.all([server?.stop(), browser?.close()]);
});

describe('npm run dev', () => {
  // What the server printed (reloads, the check's lines, Astro's errors) explains a failure here.
  beforeEach(({ onTestFailed }) =>
    onTestFailed(() => {
      const lines = server.output().split('\n');
      const told = lines.filter((line) => !/^\S+ \[\d{3}\] \//.test(line)); // not the polls' request lines
      console.log(`The dev server's last output, requests left out:\n${told.join('\n')}`);
    }),
  );

  it('shows a tree edit at once, with no other file touched', async () => {
    expect((await page(server, 'en/')).html).toContain('What is wrong?');
    const undo = edit(tree, 'en: What is wrong?', 'en: What went wrong with your order?');
    await expect
      .poll(async () => (await page(server, 'en/')).html, { timeout: 20_000 })
      .toContain('What went wrong with your order?');
    undo();
    await expect.poll(async () => (await page(server, 'en/')).html, { timeout: 20_000 }).toContain('What is wrong?');
  });

  it('shows a draft, which the build leaves out', async () => {
    const draft = join(content, 'articles/en/tree-inside.mdx');
    const undo = edit(
      draft,
      'description: A test article that embeds the decision tree in MDX.\n',
      'description: A draft in progress.\ndraft: true\n',
    );
    try {
      // The new description shows once the dev server has read the file again.
      await expect
        .poll(async () => (await page(server, 'en/tree-inside/')).html, { timeout: 20_000 })
        .toContain('A draft in progress');
      expect((await page(server, 'en/tree-inside/')).status).toBe(200);
    } finally {
      undo();
    }
  });

  it("answers every page of a broken tree with the check's lines, and comes back once it is fixed", async () => {
    const { page: tab, close } = await openPage(browser, `${server.url}en/settle-it/`);
    expect(await tab.locator('h1').textContent()).toBe('Settle a problem');
    const undo = edit(tree, '        next: order\n', '        next: orderz\n');
    const expected = checkErrors();
    expect(expected).toHaveLength(1); // the root cause only: no "unreachable" nodes after it
    for (const path of ['en/', 'id/', 'en/settle-it/', 'en/help-me/']) {
      await expect.poll(async () => (await page(server, path)).status, { timeout: 20_000 }).toBe(500);
      const { html } = await page(server, path);
      expect(unescape(html), path).toContain(expected[0]);
      expect(html).not.toMatch(/^\s+at /m);
    }
    // The open tab reloads by itself: first to the check's lines, then, once fixed, to the article.
    await expect.poll(() => tab.locator('li').allTextContents(), { timeout: 20_000 }).toEqual(expected);
    await expect
      .poll(() => tab.locator('h1').textContent())
      .toBe('The content check found a mistake that stops pages from showing');
    undo();
    await expect.poll(() => tab.locator('h1').textContent(), { timeout: 20_000 }).toBe('Settle a problem');
    await close();
  });

  it('names an unknown component as the check does, with its file and line, not "you likely forgot to import"', async () => {
    const undo = edit(article, 'Some text.\n', 'Some text.\n\n<Tips>\n\nA hint.\n\n</Tips>\n');
    const expected = checkErrors();
    expect(expected).toEqual([
      expect.stringMatching(/settle-it\.mdx:11:1 {2}error {2}<Tips> is not a component\. Did you mean <Tip>\?/),
    ]);
    await expect.poll(async () => (await page(server, 'en/settle-it/')).status, { timeout: 20_000 }).toBe(500);
    const { page: tab, close } = await openPage(browser, `${server.url}en/settle-it/`);
    // Polled: the dev server may still reload the tab once for the edit.
    await expect.poll(() => tab.locator('li').allTextContents(), { timeout: 20_000 }).toEqual(expected);
    await expect.poll(() => tab.locator('body').textContent()).toContain('Did you mean <Tip>?');
    expect(await tab.locator('body').textContent()).not.toContain('forgot to import');
    undo();
    await expect.poll(() => tab.locator('h1').textContent(), { timeout: 20_000 }).toBe('Settle a problem');
    await close();
  });
});

describe('npm run dev on content that is already broken', () => {
  // The check runs beside the server, not before it: its first result must still reach the pages.
  const broken = treeContent('dev-check-broken', 'broken');
  let brokenServer: AstroServer;
  beforeAll(async () => {
    // One dev server at a time: two in the same project collide in its .astro/ folder.
    await server?.stop();
    brokenServer = await startAstro('dev', { content: broken, name: 'dev-check-broken' });
  });
  afterAll(async () => {
    await brokenServer?.stop();
  });

  it("answers pages with the check's lines from the start", async () => {
    const shown = join(broken, '.').slice(repoRoot.length + 1);
    const expected = lintContent(readContentFiles(broken))
      .filter((p) => p.severity === 'error')
      .map((p) => `${shown}/${p.file}:${p.line}:${p.column}  error  ${p.message}  (${p.rule})`);
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(async () => (await page(brokenServer, 'en/')).status, { timeout: 20_000 }).toBe(500);
    const { page: tab, close } = await openPage(browser, `${brokenServer.url}en/`);
    // The mistakes that break pages: some of the check's errors (others leave pages readable).
    const lines = await tab.locator('li').allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(expected).toContain(line);
    await close();
  });

  it("answers what Astro would render besides pages (the browser's favicon.ico, a missing file) with the same lines", async () => {
    // Astro would render its 404 page from the broken tree, and send its error to the next tab.
    for (const path of ['favicon.ico', 'en/missing.png']) {
      const response = await fetch(`${brokenServer.url}${path}`, { headers: { accept: 'image/*,*/*;q=0.8' } });
      expect(response.status, path).toBe(500);
      const text = await response.text();
      expect(text, path).toContain('trees/help.yaml:');
      expect(text, path).not.toContain('@vite/client');
    }
    // Vite still serves the public files and its own modules.
    expect((await fetch(`${brokenServer.url}favicon.svg`)).status).toBe(200);
    expect((await fetch(`${brokenServer.url}@vite/client`)).status).toBe(200);
  });
});

describe('npm run dev under a base path', () => {
  // A host that serves the site under /help/: the problems page must still learn of the fix.
  const based = treeContent('dev-check-base', 'good');
  const basedTree = join(based, 'trees/help.yaml');
  let basedServer: AstroServer;
  beforeAll(async () => {
    await server?.stop();
    basedServer = await startAstro('dev', { content: based, name: 'dev-check-base', env: { BASE_PATH: '/help/' } });
  });
  afterAll(async () => {
    await basedServer?.stop();
  });

  it("shows the check's lines under /help/, with the site's icon, and the article again once the tree is fixed", async () => {
    const { page: tab, close } = await openPage(browser, `${basedServer.url}help/en/settle-it/`);
    expect(await tab.locator('h1').textContent()).toBe('Settle a problem');
    const undo = edit(basedTree, '        next: order\n', '        next: orderz\n');
    try {
      await expect
        .poll(() => tab.locator('h1').textContent(), { timeout: 20_000 })
        .toBe('The content check found a mistake that stops pages from showing');
      expect((await tab.locator('li').allTextContents()).join('\n')).toContain('trees/help.yaml:');
      // Its icon is the site's, under the base path (Astro answers public/ files only there).
      const icon = await tab.locator('link[rel="icon"]').getAttribute('href');
      expect(icon).toBe('/help/favicon.svg');
      expect((await fetch(new URL(icon!, basedServer.url))).status).toBe(200);
    } finally {
      undo();
    }
    await expect.poll(() => tab.locator('h1').textContent(), { timeout: 20_000 }).toBe('Settle a problem');
    await close();
  });
});
