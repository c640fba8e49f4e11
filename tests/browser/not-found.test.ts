// Error pages in the reader's language. Hosts such as GitHub Pages, S3 and Cloudflare Pages serve
// the root 404.html for every missing path, and so do `astro dev` and `astro preview`: that page
// holds every locale's message, and its script keeps the one of the path (/<base>/<locale>/…).
// Without JavaScript every message shows, the default locale's first. Under a base path too.
// (nginx and Netlify serve <locale>/404/ instead: tests/browser/hosting.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOnSite } from '../helpers/site-browser.ts';
import { openPage } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { startAstro } from '../helpers/astro-server.ts';
import { buildSite } from '../helpers/build.ts';
import { treeContent } from '../fixtures/trees/content.ts';

// serveStatic answers every missing path with the root 404.html, as those hosts do.
const session = chromiumOnSite();

/** Console errors other than the page's own 404 status, which Chromium logs as one. */
const realErrors = (errors: string[]) => errors.filter((e) => !e.includes('status of 404'));
const visibleHeadings = (page: Page) => page.locator('main h1:visible, main h2:visible').allTextContents();

/** Opens `url` and checks the page is the not-found page of `locale`, and only that. */
async function expectNotFoundIn(page: Page, locale: 'en' | 'id') {
  const [title, home] = locale === 'en' ? ['Page not found', 'Home'] : ['Halaman tidak ditemukan', 'Beranda'];
  // Polled: the dev server may reload the page once while it prepares its modules.
  await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 15_000 }).toBe(locale);
  await expect.poll(() => page.locator('main h1:visible').allTextContents(), { timeout: 15_000 }).toEqual([title]);
  expect(await visibleHeadings(page)).toEqual([title]);
  expect(await page.title()).toBe(`${title} · Pandu`);
  expect(await page.locator('main').getByRole('link', { name: home, exact: true }).getAttribute('href')).toMatch(
    new RegExp(`/${locale}/$`),
  );
}

describe('the root 404.html (hosts with one error page)', () => {
  for (const [path, locale] of [
    ['en/no-such-page/', 'en'],
    ['en/which-topic/no-such-step/', 'en'],
    ['id/tidak-ada/', 'id'],
    ['no-such-page/', 'id'],
  ] as const) {
    it(`answers /${path} in ${locale === 'en' ? 'English' : 'Indonesian'}`, async () => {
      const { page, errors, close } = await openPage(session.browser, `${session.server.url}${path}`);
      await expectNotFoundIn(page, locale);
      expect(realErrors(errors)).toEqual([]);
      await close();
    });
  }

  it('without JavaScript shows every locale, each marked with its language, the default first', async () => {
    const { page, close } = await openPage(session.browser, `${session.server.url}en/no-such-page/`, {
      javaScriptEnabled: false,
    });
    expect(await visibleHeadings(page)).toEqual(['Halaman tidak ditemukan', 'Page not found']);
    expect(await page.locator('main section[lang]').evaluateAll((s) => s.map((e) => e.getAttribute('lang')))).toEqual([
      'id',
      'en',
    ]);
    await page.locator('section[lang="en"]').getByRole('link', { name: 'Home', exact: true }).click();
    await page.waitForURL(`${session.server.url}en/`);
    await close();
  });
});

describe('under a base path', () => {
  let base: StaticServer;
  beforeAll(async () => {
    const built = buildSite({
      name: 'not-found-base',
      content: treeContent('not-found-base', 'good'),
      basePath: '/help/',
    });
    if (!built.ok) throw new Error(built.output);
    base = await serveStatic(built.outDir, '/help/');
  });
  afterAll(() => base?.close());

  it('picks the locale after /help/, with links under /help/', async () => {
    for (const [path, locale] of [
      ['en/gone/', 'en'],
      ['id/gone/', 'id'],
    ] as const) {
      const { page, close } = await openPage(session.browser, `${base.url}${path}`);
      await expectNotFoundIn(page, locale);
      expect(
        await page
          .locator('main')
          .getByRole('link', { name: locale === 'en' ? 'Help me' : 'Bantuan', exact: true })
          .getAttribute('href'),
      ).toBe(`/help/${locale}/${locale === 'en' ? 'help-me' : 'bantuan'}/`);
      await close();
    }
  });
});

for (const command of ['preview', 'dev'] as const) {
  describe(`npm run ${command}`, () => {
    let server: Awaited<ReturnType<typeof startAstro>>;
    beforeAll(async () => {
      server = await startAstro(command);
    });
    afterAll(() => server?.stop());

    it('answers a missing page with status 404 in the locale of its path', async () => {
      for (const [path, locale] of [
        ['en/missing/', 'en'],
        ['id/tidak-ada/', 'id'],
      ] as const) {
        expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
        const { page, errors, close } = await openPage(session.browser, `${server.url}${path}`);
        await expectNotFoundIn(page, locale);
        expect(realErrors(errors)).toEqual([]);
        await close();
      }
    });
  });
}
