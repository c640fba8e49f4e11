// Search in Chromium: the dialog (Ctrl+K, typing, arrows, Enter, Escape), nothing of Pagefind
// before first use, query and page text rendered as text, the search page with and without
// JavaScript, and a site under /help/ whose untranslated articles show in their own group.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { fixtureContent } from '../helpers/fixture.ts';
import { fixturesRoot, siteDir } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { contentSecurityPolicy } from '../../src/lib/security-headers.ts';
import { measureFirstSearch } from '../../scripts/bench/search.ts';

let browser: Browser;
let site: StaticServer;
let help: StaticServer;
beforeAll(async () => {
  const built = buildSite({
    name: 'search-browser',
    basePath: '/help/',
    content: fixtureContent('search-browser', resolve(fixturesRoot, 'search/articles')),
  });
  if (!built.ok) throw new Error(built.output);
  [browser, site, help] = await Promise.all([
    launchBrowser(),
    serveStatic(siteDir),
    serveStatic(built.outDir, '/help/'),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await help?.close();
});

/** Ctrl+K, then the query typed key by key; resolves when the results for it are shown. */
async function searchInDialog(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').waitFor();
  await page.keyboard.type(query);
  await page.locator('dialog [role="status"]').filter({ hasText: /\d|“/ }).waitFor();
}

/** Focus moves in the page's own time; on a busy shared machine that can take more than a second. */
const focusWait = { timeout: 10_000 };

const pagefindRequests = (page: Page) => {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('pagefind')) urls.push(new URL(r.url()).pathname);
  });
  return urls;
};

describe('search dialog', () => {
  it('loads nothing of Pagefind until opened; Ctrl+K, typing, arrows and Enter land on the article', async () => {
    const { page, errors, close } = await openPage(browser, `${site.url}en/phrasebook/`);
    const requests = pagefindRequests(page);
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([]);

    await searchInDialog(page, 'wrong item');
    expect(requests.some((u) => u.endsWith('/pagefind/en/pagefind.js'))).toBe(true);
    const field = page.getByRole('combobox', { name: 'Search the help center' });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement), focusWait).toBe(true);
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    const options = page.getByRole('option');
    expect(await options.count()).toBeGreaterThan(1);
    expect(await page.locator('dialog [role="status"]').textContent()).toMatch(/^\d+ results?$/);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = options.nth(1);
    expect(await second.getAttribute('aria-selected')).toBe('true');
    expect(await field.getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
    const target = new URL((await second.getAttribute('href'))!, page.url());
    await page.keyboard.press('Enter');
    await page.waitForURL(target.href);
    expect(await page.locator('article h1').count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('opens at once: keys typed right after Ctrl+K, before the search code has loaded, are kept', async () => {
    const { page, close } = await openPage(browser, `${site.url}id/`);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('refund');
    expect(await page.getByRole('combobox').inputValue()).toBe('refund');
    await page.getByRole('option').first().waitFor();
    await close();
  });

  it('closes on Escape and gives focus back to where it was', async () => {
    const { page, close } = await openPage(browser, `${site.url}id/`);
    const button = page.locator('[data-search-open]');
    expect(await button.getAttribute('role')).toBe('button');
    await button.click();
    await page.getByRole('dialog', { name: 'Cari di pusat bantuan' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => button.evaluate((el) => el === document.activeElement), focusWait).toBe(true);

    const brand = page.locator('.brand');
    await brand.focus();
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => brand.evaluate((el) => el === document.activeElement), focusWait).toBe(true);
    await close();
  });

  it('never turns a query into HTML', async () => {
    const { page, errors, close } = await openPage(browser, `${site.url}en/`);
    let alerts = 0;
    page.on('dialog', (d) => {
      alerts += 1;
      void d.dismiss();
    });
    const query = '<img src=x onerror=alert(1)>';
    await searchInDialog(page, query);
    expect(await page.getByRole('combobox').inputValue()).toBe(query);
    expect(await page.locator('dialog img').count()).toBe(0);
    expect(
      new URL((await page.locator('[data-search-all]').getAttribute('href'))!, page.url()).searchParams.get('q'),
    ).toBe(query);
    await page.getByRole('combobox').fill('<b>qqzz</b>');
    await page.locator('dialog [role="status"]').filter({ hasText: 'No articles' }).waitFor();
    expect(await page.locator('dialog [role="status"]').textContent()).toBe('No articles match “<b>qqzz</b>”.');
    expect(await page.locator('dialog b').count()).toBe(0);
    expect(alerts).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('suggests the decision tree, the topics and the contact channels when nothing matches', async () => {
    const { page, close } = await openPage(browser, `${site.url}id/`);
    await searchInDialog(page, 'qqzz');
    const help = page.locator('dialog [data-search-empty]');
    expect(await help.isVisible()).toBe(true);
    expect(await help.getByRole('link').allTextContents()).toEqual([
      'Pilih topik',
      'Topik',
      'Cara menghubungi layanan pelanggan',
    ]);
    expect(await page.getByRole('option').count()).toBe(0);
    await close();
  });

  it('shows page text that looks like HTML as text in an excerpt', async () => {
    const { page, close } = await openPage(browser, `${help.url}id/both/`);
    await searchInDialog(page, 'onerror');
    const excerpt = page.getByRole('option').first().locator('.search-excerpt');
    expect(await excerpt.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('dialog img').count()).toBe(0);
    expect(await excerpt.locator('mark').count()).toBeGreaterThan(0);
    await close();
  });
});

describe('search under /help/ with untranslated articles', () => {
  it('loads the bundle under the base path and shows an untranslated article in a group of its language', async () => {
    const { page, errors, close } = await openPage(browser, `${help.url}id/`);
    const requests = pagefindRequests(page);
    await searchInDialog(page, 'zebracrate');
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((u) => u.startsWith('/help/pagefind/'))).toBe(true);
    const group = page.getByRole('group', { name: 'Dalam bahasa Inggris' });
    expect(await group.getAttribute('lang')).toBe('en');
    const option = group.getByRole('option').first();
    expect(await option.getAttribute('href')).toBe('/help/id/return-labels/');
    await option.click();
    await page.waitForURL(`${help.url}id/return-labels/`);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('search under the site’s Content-Security-Policy', () => {
  it('loads Pagefind’s WebAssembly and shows results with no violation', async () => {
    const context = await browser.newContext();
    const violations: string[] = [];
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': contentSecurityPolicy({}) },
      });
    });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
    await page.goto(`${site.url}id/phrasebook/`);
    await searchInDialog(page, 'refund');
    expect(await page.getByRole('option').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    // The service worker may still be fetching pages to save: stop intercepting before closing.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  });
});

describe('search that understands readers', () => {
  it('runs Pagefind in a worker from the site itself, never on the main thread', async () => {
    const { page, errors, close } = await openPage(browser, `${help.url}id/`);
    await searchInDialog(page, 'pelikanbiru');
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([
      expect.stringMatching(/^\/help\/_astro\/worker-[\w-]+\.js$/),
    ]);
    // Nothing of Pagefind is in the page's own realm.
    expect(
      await page.evaluate(
        () => [...performance.getEntriesByType('resource')].filter((e) => e.name.includes('pagefind')).length,
      ),
    ).toBe(0);
    expect(await page.getByRole('option').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('corrects a misspelt word: "Did you mean", and one click searches it', async () => {
    const { page, errors, close } = await openPage(browser, `${site.url}en/search/?q=refnud`);
    const notice = page.locator('[data-search-page] [data-search-notice]');
    await notice.getByRole('link', { name: 'refund' }).waitFor();
    expect(await notice.textContent()).toBe('Did you mean refund?');
    expect(await page.locator('.search-hit > a').first().getAttribute('href')).toBe('/en/resolve-a-dispute/');
    await notice.getByRole('link', { name: 'refund' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('refund');
    expect(await page.locator('#search-page-input').inputValue()).toBe('refund');
    await expect.poll(() => notice.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it('says so when no article has every word, and shows those with some of them', async () => {
    const { page, close } = await openPage(browser, `${site.url}id/`);
    await searchInDialog(page, 'telepon refund kindle');
    expect(await page.locator('dialog [data-search-notice]').textContent()).toBe(
      'Menampilkan hasil untuk sebagian kata Anda.',
    );
    expect(await page.getByRole('option').count()).toBeGreaterThan(0);
    await close();
  });

  it('finds the phone section first for a question about calling, in slang', async () => {
    const { page, close } = await openPage(
      browser,
      `${site.url}id/search/?q=${encodeURIComponent('gimana cara nelpon cs')}`,
    );
    await page.locator('[data-search-status]').filter({ hasText: /hasil/ }).waitFor();
    const first = page.locator('.search-hit').first();
    expect(await first.locator('> a').getAttribute('href')).toBe('/id/contact-channels/');
    expect(await first.locator('.search-section-title').first().getAttribute('href')).toBe(
      '/id/contact-channels/#telepon-amerika-serikat',
    );
    await close();
  });
});

describe('first search budget (PRODUCT.md §5)', () => {
  it('fetches at most 120 KB gzip from opening search to the results of a query with synonyms', async () => {
    for (const [pagePath, query] of [
      ['en/phrasebook/', 'refund'],
      ['id/phrasebook/', 'nelpon cs'],
    ] as const) {
      const first = await measureFirstSearch({ distDir: siteDir, pagePath, query });
      expect(first?.results, query).toBeGreaterThan(0);
      expect(first!.files.map((f) => f.path)).toContainEqual(
        expect.stringMatching(/\/pagefind\/\w+\/pandu-words\.json$/),
      );
      expect(first!.bytes, first!.files.map((f) => `${f.path} ${f.bytes}`).join('\n')).toBeLessThanOrEqual(120 * 1024);
    }
  });
});

describe('search page', () => {
  it('runs the search in the URL, lists hits with sections, and keeps the topic filter in the URL', async () => {
    const { page, errors, close } = await openPage(browser, `${site.url}en/search/?q=manager`);
    const status = page.locator('[data-search-status]');
    await status.filter({ hasText: /results?$/ }).waitFor();
    expect(await page.getByRole('combobox').count()).toBe(0);
    expect(await page.locator('#search-page-input').inputValue()).toBe('manager');
    const titles = page.locator('.search-hit > a');
    expect(await titles.count()).toBeGreaterThan(0);
    expect(await page.locator('.search-sections a[href*="#"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-search-help]').isVisible()).toBe(false);

    const before = await titles.count();
    await page.getByRole('radio', { name: 'Talking to an agent' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('category')).toBe('talking');
    await expect.poll(() => titles.count()).toBeLessThan(before);
    expect(errors).toEqual([]);
    await close();
  });

  it('says search needs JavaScript, and offers topics and contact channels, with JavaScript off', async () => {
    const { page, close } = await openPage(browser, `${site.url}id/search/?q=refund`, { javaScriptEnabled: false });
    expect(await page.getByText('Pencarian memerlukan JavaScript').isVisible()).toBe(true);
    expect(await page.locator('.category-list a').count()).toBeGreaterThan(0);
    expect(await page.locator('.channel-list .contact-card').count()).toBeGreaterThan(0);
    await close();
  });
});
