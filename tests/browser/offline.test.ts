// Offline reading in Chromium (src/client/offline/, src/integrations/offline.ts): one visit to a
// locale's home page saves the locale; offline, an article never visited, a decision-tree step and
// a search with results still work, and a page that is not saved shows the offline page in the
// reader's language. A second build deployed into the same folder installs in the background and
// takes over at the next navigation, never mixing its pages or search index with the first's.
// The same at the site root (static server) and under /help/ (nginx with deploy/nginx.conf).
// Then: a locale above the budget ("Keep this topic offline"), a connection that saves data, and
// `offline: false` removing the worker from readers' browsers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { recordCspViolations, serveNginx } from '../helpers/nginx.ts';
import { repoRoot, tmpRoot } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { traceWorkers, withTrace } from '../helpers/worker-trace.ts';

/** A copy of the real content with `change` applied (site.yaml, an article…). */
function contentVariant(name: string, change: (dir: string) => void): string {
  const dir = resolve(tmpRoot, `content-offline-${name}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(repoRoot, 'content'), dir, { recursive: true });
  change(dir);
  return dir;
}
/** The second build's change: a word no page of the first build has, in one article. */
const newWord = 'kumquat';
const secondBuild = contentVariant('second', (dir) =>
  appendFileSync(
    join(dir, 'articles/en/contact-customer-service.mdx'),
    `\nA note added after the first deploy: ask about the ${newWord} order.\n`,
  ),
);
const setting = (yaml: string) => (dir: string) => appendFileSync(join(dir, 'site.yaml'), `${yaml}\n`);

function build(name: string, options: { content?: string; basePath?: string } = {}): string {
  const built = buildSite({ name, ...options });
  if (!built.ok) throw new Error(built.output);
  return built.outDir;
}
const versionOf = (dist: string) => /"v":"([0-9a-f]+)"/.exec(readFileSync(join(dist, 'sw.js'), 'utf8'))![1]!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A context that records CSP violations and page errors. */
async function watchedContext(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext(options);
  await recordCspViolations(context);
  const problems: string[] = [];
  context.on('weberror', (e) => problems.push(`page error: ${e.error().message}`));
  return { context, problems };
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/** Waits until the worker left its marker: every file of `locale` saved (all), or its core saved (part). */
async function waitForSaved(page: Page, base: string, locale: string, kind: 'all' | 'part' = 'all'): Promise<void> {
  await expect
    .poll(() => page.evaluate((key) => caches.match(key).then(Boolean), `${base}sw.js?${kind}=${locale}`), {
      timeout: 60_000,
    })
    .toBe(true);
}
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const waitingWorker = (page: Page) =>
  page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting));

/** The search page for `query`: the titles of its results, once shown. */
async function searchTitles(page: Page, url: string, query: string): Promise<string[]> {
  await page.goto(`${url}?q=${encodeURIComponent(query)}`);
  await page
    .locator('[data-search-status]')
    .filter({ hasText: /results?$|“/ })
    .waitFor();
  return page.locator('.search-hit > a').allTextContents();
}

/** The search dialog of the page open (no navigation): the titles of its results for `query`. */
async function dialogTitles(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').waitFor();
  await page.getByRole('combobox').fill(query);
  await page
    .locator('dialog [role="status"]')
    .filter({ hasText: new RegExp(`results?$|“${query}”`) })
    .waitFor();
  const titles = await page.getByRole('option').allTextContents();
  await page.keyboard.press('Escape');
  return titles;
}

const heading = (page: Page) => page.locator('h1').first().textContent();

/** The whole story on one host: first visit, offline, second deploy taking over. */
async function offlineStory(serve: (dist: string) => Promise<StaticServer>, base: string, name: string) {
  const dist = build(name, { basePath: base });
  const server = await serve(dist);
  const { context, problems } = await watchedContext();
  // The whole suite runs two heavy files at a time on two cores: give navigations room.
  context.setDefaultTimeout(60_000);
  const trace = traceWorkers(context);
  try {
    const page = await context.newPage();
    await withTrace(trace, () => storySteps(page));
  } finally {
    await context.close();
    await server.close();
  }

  async function storySteps(page: Page) {
    await page.goto(`${server.url}en/`);
    await waitForSaved(page, base, 'en');
    expect(await cacheNames(page)).toEqual([`pandu-${versionOf(dist)}`]);
    // Installable: Chromium finds the manifest, its icons and the worker (a test context is incognito).
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    const { url: manifestUrl, errors: manifestErrors } = await cdp.send('Page.getAppManifest');
    expect(manifestUrl).toBe(`${server.url}en/manifest.webmanifest`);
    expect(manifestErrors).toEqual([]);
    await cdp.detach();

    await context.setOffline(true);
    // An article never visited, with the notice saying everything in English is saved.
    await page.goto(`${server.url}en/resolve-a-dispute/`);
    expect(await heading(page)).toBe('Resolve a problem with an order');
    const notice = page.locator('#offline-notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.locator('p:not([hidden])').textContent()).toBe(
      'You are offline. All of this help center in English is saved on this device, search included.',
    );
    // A decision-tree step, and a click to the next one.
    await page.goto(`${server.url}en/which-topic/`);
    await page.locator('main a[href*="/which-topic/item/"]').first().click();
    await page.waitForURL(/\/which-topic\/item\/$/);
    expect(await page.locator('main a[href*="/which-topic/item/refund/"]').count()).toBeGreaterThan(0);
    // Search with results, from the saved index.
    expect((await searchTitles(page, `${server.url}en/search/`, 'refund')).join(' ')).toMatch(/Resolve a problem/);
    // Not saved: a page that does not exist, and the locale the reader does not read.
    await page.goto(`${server.url}en/no-such-page/`);
    expect(await heading(page)).toBe('You are offline');
    await page.goto(`${server.url}id/`);
    expect(await heading(page)).toBe('Anda sedang offline');
    expect(await page.locator('#offline-notice p:not([hidden])').textContent()).toMatch(
      /^Anda sedang offline\. Halaman yang sudah Anda buka/,
    );
    await context.setOffline(false);

    // A second deploy into the same folder: the open site stays on the first build until the new
    // worker is installed, then the next navigation shows the second build, pages and search alike.
    const first = versionOf(dist);
    build(name, { basePath: base, content: secondBuild });
    const second = versionOf(dist);
    expect(second).not.toBe(first);
    await page.goto(`${server.url}en/contact-customer-service/`);
    expect(await page.locator('main').textContent()).not.toContain(newWord);
    await expect.poll(() => waitingWorker(page), { timeout: 60_000 }).toBe(true);
    // The page open is the first build's: its search asks the worker, which answers with the first
    // build's index, not the second's (already in the new worker's cache).
    expect(await dialogTitles(page, newWord)).toEqual([]);
    expect(await dialogTitles(page, 'agent')).not.toEqual([]);
    await page.goto(`${server.url}en/contact-customer-service/`);
    expect(await page.locator('main').textContent()).toContain(newWord);
    expect(await searchTitles(page, `${server.url}en/search/`, newWord)).toEqual([
      expect.stringMatching(/Contact customer service/),
    ]);
    await expect.poll(() => cacheNames(page), { timeout: 60_000 }).toEqual([`pandu-${second}`]);
    // The second build is saved whole, and offline it answers with its own pages and index.
    await waitForSaved(page, base, 'en');
    await context.setOffline(true);
    await page.goto(`${server.url}en/phrasebook/`);
    expect(await heading(page)).toMatch(/phrase/i);
    expect(await searchTitles(page, `${server.url}en/search/`, newWord)).toEqual([
      expect.stringMatching(/Contact customer service/),
    ]);
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
  }
}

describe('offline reading', () => {
  it('at the site root: one visit saves the locale; offline pages, tree and search work; a new deploy takes over whole', async () => {
    await offlineStory((dist) => serveStatic(dist), '/', 'offline-root');
  }, 300_000);

  it('under /help/ on nginx, with the headers of deploy/nginx.conf', async () => {
    await offlineStory((dist) => serveNginx(dist), '/help/', 'offline-help');
  }, 300_000);
});

describe('a new deploy with the site open in two tabs', () => {
  it('keeps both tabs on the first build until one is closed, then takes over at the next navigation', async () => {
    const name = 'offline-tabs';
    const dist = build(name);
    const server = await serveStatic(dist);
    const context = await browser.newContext();
    const trace = traceWorkers(context);
    try {
      const first = await context.newPage();
      await withTrace(trace, () => twoTabs(first));
    } finally {
      await context.close();
      await server.close();
    }

    async function twoTabs(first: Page) {
      await first.goto(`${server.url}en/`);
      await waitForSaved(first, '/', 'en');
      await first.goto(`${server.url}en/phrasebook/`);
      const second = await context.newPage();
      await second.goto(`${server.url}en/phrasebook/`);

      build(name, { content: secondBuild });
      await first.goto(`${server.url}en/contact-customer-service/`);
      await expect.poll(() => waitingWorker(first), { timeout: 60_000 }).toBe(true);
      // The other tab still shows the first build: this tab stays on it too.
      await first.goto(`${server.url}en/contact-customer-service/`);
      expect(await first.locator('main').textContent()).not.toContain(newWord);
      expect(await dialogTitles(second, newWord)).toEqual([]);

      await second.close();
      await first.goto(`${server.url}en/contact-customer-service/`);
      expect(await first.locator('main').textContent()).toContain(newWord);
      // Pages and search alike now come from the second build. (Removing the first build's cache
      // waits for the browser to activate the new worker, which it may put off while the old
      // one is busy; the root story checks that it goes.)
      expect(await searchTitles(first, `${server.url}en/search/`, newWord)).toEqual([
        expect.stringMatching(/Contact customer service/),
      ]);
      expect(await cacheNames(first)).toContain(`pandu-${versionOf(dist)}`);
    }
  }, 300_000);
});

describe('offline reading of a locale above the budget', () => {
  let dist: string;
  let server: StaticServer;
  beforeAll(async () => {
    dist = build('offline-budget', { content: contentVariant('budget', setting('offline:\n  budgetMB: 0.1')) });
    server = await serveStatic(dist);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('saves search and the pages opened, and offers "Keep this topic offline" on topic pages', async () => {
    const { context, problems } = await watchedContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}en/`);
      await waitForSaved(page, '/', 'en', 'part');
      expect(await page.evaluate(() => caches.match('/sw.js?all=en').then(Boolean))).toBe(false);

      await page.goto(`${server.url}en/topics/disputes/`);
      const keep = page.getByRole('button', { name: 'Keep this topic offline' });
      await keep.click();
      await page.getByText('This topic is saved on this device.').waitFor();
      expect(await keep.isVisible()).toBe(false);

      await context.setOffline(true);
      // In the kept topic, never opened: saved.
      await page.goto(`${server.url}en/resolve-a-dispute/`);
      expect(await heading(page)).toBe('Resolve a problem with an order');
      expect(await page.locator('#offline-notice p:not([hidden])').textContent()).toMatch(
        /^You are offline\. Pages you opened, topics you kept and search/,
      );
      // Search works on the whole locale.
      expect((await searchTitles(page, `${server.url}en/search/`, 'phrasebook')).length).toBeGreaterThan(0);
      // Another topic's article, never opened: the offline page.
      await page.goto(`${server.url}en/phrasebook/`);
      expect(await heading(page)).toBe('You are offline');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('does not show "Keep this topic offline" when the locale is saved whole', async () => {
    const whole = await serveStatic(build('offline-whole', {}));
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${whole.url}en/`);
      await waitForSaved(page, '/', 'en');
      await page.goto(`${whole.url}en/topics/disputes/`);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('[data-keep-offline]').isVisible()).toBe(false);
      expect(await page.locator('[data-keep-offline]').count()).toBe(1);
    } finally {
      await context.close();
      await whole.close();
    }
  });

  it('caches nothing in the background on a connection that asks to save data', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}en/`);
      await page.evaluate(() => navigator.serviceWorker.ready);
      // A page opened through the worker is kept (it was downloaded anyway); nothing else is fetched.
      await page.goto(`${server.url}en/phrasebook/`);
      await page.waitForTimeout(1500);
      const saved = await page.evaluate(async () => {
        const name = (await caches.keys()).find((n) => n.startsWith('pandu-'))!;
        return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
      });
      expect(saved).toContain('/en/phrasebook/');
      expect(saved).toContain('/en/offline/');
      expect(saved.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
      expect(saved).not.toContain('/en/resolve-a-dispute/');
    } finally {
      await context.close();
    }
  });
});

describe('offline: false in site.yaml', () => {
  it('builds no registration, and a worker already installed removes itself and its caches', async () => {
    const name = 'offline-off';
    const dist = build(name);
    const server = await serveStatic(dist);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}en/`);
      await waitForSaved(page, '/', 'en');

      build(name, { content: contentVariant('off', setting('offline: false')) });
      const html = readFileSync(join(dist, 'en/index.html'), 'utf8');
      expect(html).not.toContain('offline-notice');
      expect(readFileSync(join(dist, 'sw.js'), 'utf8')).toContain('unregister');
      await page.goto(`${server.url}en/phrasebook/`);
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r === undefined)), {
          timeout: 60_000,
        })
        .toBe(true);
      expect(await cacheNames(page)).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  }, 300_000);
});
