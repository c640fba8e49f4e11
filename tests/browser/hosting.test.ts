// The site as a real static host serves it: nginx with the server block of deploy/nginx.conf, the
// site built for /help/, every response under the strict Content-Security-Policy of dist/_headers.
// Content types, folder redirects, 404 pages per locale, and every page in Chromium with no CSP
// violation, no console error and no failed request; then the interactive parts (language switch,
// search, decision tree, phrase copy, print button) under the same policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { htmlFiles, listFiles } from '../helpers/dist.ts';
import { findBrokenLinks } from '../helpers/links.ts';
import { recordCspViolations, serveNginx, type NginxServer } from '../helpers/nginx.ts';
import { siteDir } from '../helpers/paths.ts';

const base = '/help/';
let dist: string;
let browser: Browser;
let nginx: NginxServer;
let expectedCsp: string;

beforeAll(async () => {
  const built = buildSite({ name: 'hosting-help', basePath: base });
  if (!built.ok) throw new Error(built.output);
  dist = built.outDir;
  expectedCsp = /Content-Security-Policy: (.+)/.exec(readFileSync(join(dist, '_headers'), 'utf8'))![1]!;
  [browser, nginx] = await Promise.all([launchBrowser(), serveNginx(dist)]);
});
afterAll(async () => {
  await browser?.close();
  await nginx?.close();
});

const origin = () => nginx.url.slice(0, -base.length);
const get = (path: string) => fetch(`${origin()}${path}`, { redirect: 'manual' });

/** A context that records CSP violations, console errors and failed requests of its pages. */
async function watchedContext(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext(options);
  await recordCspViolations(context);
  const problems: string[] = [];
  context.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} (${m.page()?.url()})`);
  });
  context.on('weberror', (e) => problems.push(`page error: ${e.error().message}`));
  context.on('response', (r) => {
    // The 404 page itself answers 404 on purpose.
    if (r.status() >= 400 && r.request().resourceType() !== 'document') problems.push(`${r.status()} ${r.url()}`);
  });
  return { context, problems };
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

describe('served by nginx under /help/', () => {
  it('keeps every link, asset and anchor inside /help/ and working', () => {
    expect(findBrokenLinks(dist, base)).toEqual([]);
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect(
      [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].every((m) => m[1]!.startsWith('https://help.example.org/help/')),
    ).toBe(true);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://help.example.org/help/sitemap.xml',
    );
  });

  it('sends each kind of file with its content type', async () => {
    const home = await get(`${base}en/`);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await home.text();
    const css = /<link rel="stylesheet" href="([^"]+)"/.exec(html)![1]!;
    const js = /<script type="module" src="([^"]+)"/.exec(html)![1]!;
    const files = listFiles(dist);
    const wasm = files.find((f) => f.endsWith('.wasm'));
    const expected: [string, RegExp][] = [
      [css, /^text\/css/],
      [js, /^(application|text)\/javascript/],
      [`${base}favicon.svg`, /^image\/svg\+xml/],
      [`${base}sitemap.xml`, /^(text|application)\/xml/],
      [`${base}robots.txt`, /^text\/plain/],
    ];
    if (wasm) expected.push([`${base}${wasm}`, /^application\/wasm$/]);
    for (const [path, type] of expected) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(type);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    expect((await get(css)).headers.get('cache-control')).toContain('immutable');
  });

  it('adds the "/" to folder URLs', async () => {
    for (const [from, to] of [
      [`${base}en`, `${base}en/`],
      [`${base}en/topics/contact`, `${base}en/topics/contact/`],
      ['/help', base],
    ]) {
      const response = await get(from!);
      expect(response.status, from).toBe(301);
      expect(new URL(response.headers.get('location')!, origin()).pathname, from).toBe(to);
    }
  });

  it("answers a missing path with status 404 and the 404 page of the path's locale", async () => {
    for (const [path, heading] of [
      [`${base}en/no-such-page/`, 'Page not found'],
      [`${base}id/tidak-ada/`, 'Halaman tidak ditemukan'],
      [`${base}no-such-page`, 'Halaman tidak ditemukan'],
      [`${base}_headers`, undefined],
    ]) {
      const response = await get(path!);
      expect(response.status, path).toBe(404);
      if (heading) {
        expect(await response.text(), path).toContain(`<h1>${heading}</h1>`);
        expect(response.headers.get('content-security-policy'), path).toBe(expectedCsp);
      }
    }
  });

  it('sends the strict CSP of dist/_headers with every page: no inline or eval script', async () => {
    expect(expectedCsp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(expectedCsp).not.toContain('unsafe-inline');
    expect(expectedCsp).not.toMatch(/'unsafe-eval'/);
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(join(dist, file), 'utf8');
      // Inline scripts would be blocked; only JSON-LD data blocks (never executed) may be inline.
      expect(html.match(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/g), file).toBeNull();
      expect(html, file).not.toMatch(/<[^>]+\sstyle="|<style\b|\son[a-z]+="/);
    }
    const response = await get(`${base}en/`);
    expect(response.headers.get('content-security-policy')).toBe(expectedCsp);
  });

  it('notices a CSP violation (the check below can fail)', async () => {
    const { context } = await watchedContext();
    const page = await context.newPage();
    await page.goto(`${nginx.url}en/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
    await context.close();
  });

  it('loads every page in Chromium with no CSP violation, console error or failed request', async () => {
    const { context, problems } = await watchedContext();
    const page = await context.newPage();
    const pages = htmlFiles(dist).filter((f) => f !== 'index.html');
    for (const file of pages) {
      const response = await page.goto(`${nginx.url}${file.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
      expect(response?.status(), file).toBe(200);
      expect(await violations(page), file).toEqual([]);
    }
    expect(problems).toEqual([]);
    expect(pages.length).toBeGreaterThan(20);
    await context.close();
  });
});

describe('interactive parts under the strict CSP', () => {
  let context: BrowserContext;
  let problems: string[];
  let page: Page;
  beforeAll(async () => {
    ({ context, problems } = await watchedContext({ permissions: ['clipboard-read', 'clipboard-write'] }));
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('switches language to the same page', async () => {
    await page.goto(`${nginx.url}id/phrasebook/`);
    await page.locator('.lang-switch').getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${nginx.url}en/phrasebook/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await violations(page)).toEqual([]);
  });

  it('copies a phrase and shows the print button', async () => {
    await page.goto(`${nginx.url}en/phrasebook/`);
    const card = page.locator('[data-phrase]').first();
    await card.getByRole('button', { name: 'Copy' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe((await card.locator('[data-phrase-text]').textContent())!.trim());
    expect(await page.getByRole('button', { name: 'Save as PDF or print' }).isVisible()).toBe(true);
    expect(await violations(page)).toEqual([]);
  });

  it('searches from the dialog (Ctrl+K) and on the search page, Pagefind WebAssembly included', async () => {
    await page.goto(`${nginx.url}en/contact-customer-service/`);
    await page.keyboard.press('Control+k');
    const field = page.getByRole('combobox');
    await field.fill('refund');
    await page.getByRole('option').first().waitFor();
    await page.goto(`${nginx.url}en/search/?q=refund`);
    await page.locator('[data-search-page] a[href*="/help/en/"]').first().waitFor();
    const links = await page
      .locator('[data-search-page] a[href*="/help/en/"]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.every((p) => p.startsWith(base))).toBe(true);
    expect(await violations(page)).toEqual([]);
  });

  it('walks the decision tree with the URL following each step', async () => {
    await page.goto(`${nginx.url}en/`);
    const first = page.locator('[data-decision-tree] .tree-option').first();
    const href = (await first.getAttribute('href'))!;
    expect(href.startsWith(`${base}en/`)).toBe(true);
    await first.click();
    await page.waitForURL(`${origin()}${href}`);
    await page.locator('[data-decision-tree] .tree-option').first().click();
    await expect.poll(() => new URL(page.url()).pathname).not.toBe(href);
    expect(new URL(page.url()).pathname.startsWith(href)).toBe(true);
    expect(await violations(page)).toEqual([]);
  });

  it('had no console error or failed request on the way', () => {
    expect(problems).toEqual([]);
  });
});

describe('served by nginx at /', () => {
  let root: NginxServer;
  beforeAll(async () => {
    root = await serveNginx(siteDir);
  });
  afterAll(() => root?.close());

  it('sends "/" to the reader\'s language under the strict CSP, and missing paths to a 404', async () => {
    const { context, problems } = await watchedContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(root.url);
    await page.waitForURL(`${root.url}en/`);
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
    const missing = await fetch(`${root.url}en/nope/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<h1>Page not found</h1>');
  });
});
