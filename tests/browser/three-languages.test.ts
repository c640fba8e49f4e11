// The three-language site (Indonesian, English, Arabic) in Chromium: Arabic pages lay out right to
// left, pass axe, and their tree and search work; the language menu works without JavaScript;
// "/" sends an Arabic browser to /ar/. Screenshots of the Arabic pages, narrow and wide, are saved
// to tests/.tmp/screenshots/three-languages/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { openPage } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { tmpRoot } from '../helpers/paths.ts';
import { chromiumOnSite } from '../helpers/site-browser.ts';
import { threeLanguagesContent } from '../fixtures/three-languages/content.ts';

const name = 'three-languages-browser';
beforeAll(() => {
  const built = buildSite({ name, content: threeLanguagesContent(name) });
  if (!built.ok) throw new Error(built.output);
});
// Registered after the build, so its server starts on the built site.
const session = chromiumOnSite(resolve(tmpRoot, name));
const url = (path: string) => `${session.server.url}${path}`;
const shots = resolve(tmpRoot, 'screenshots/three-languages');

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
  );
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}`),
  );
}
/** Left edge of the first element matching `selector`, in CSS pixels. */
const leftOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().left);

describe('Arabic pages, right to left', () => {
  const pages = [
    'ar/',
    'ar/contact-customer-service/',
    'ar/resolve-a-dispute/',
    'ar/phrasebook/',
    'ar/topics/disputes/',
    'ar/which-topic/',
    'ar/which-topic/person/',
    'ar/search/?q=موظف',
    'ar/translations/',
    'ar/404/',
  ];
  for (const scheme of ['light', 'dark'] as const) {
    describe(`axe, ${scheme} colour scheme`, () => {
      let page: Page;
      beforeAll(async () => {
        page = await (await session.browser.newContext({ colorScheme: scheme })).newPage();
      });
      afterAll(() => page?.context().close());
      for (const path of pages) {
        it(path, async () => {
          await page.goto(url(path));
          if (path.includes('search'))
            await page.locator('[data-search-page] [data-search-status]:not(:empty)').waitFor();
          expect(await axeViolations(page)).toEqual([]);
        });
      }
      it('search dialog open with results, language menu open', async () => {
        await page.goto(url('ar/phrasebook/'));
        await page.locator('.lang-menu summary').click();
        expect(await axeViolations(page)).toEqual([]);
        await page.keyboard.press('Control+k');
        await page.getByRole('combobox').fill('موظف');
        await page.getByRole('option').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }

  it('mirrors the layout: brand on the right, step numbers and card borders on the reading side', async () => {
    const { page, close } = await openPage(session.browser, url('ar/contact-customer-service/'), {
      viewport: { width: 1280, height: 900 },
    });
    expect(await leftOf(page, '.brand')).toBeGreaterThan(await leftOf(page, '.search-button'));
    const step = await page
      .locator('.steps > ol > li')
      .first()
      .evaluate((li) => {
        const box = li.getBoundingClientRect();
        const number = getComputedStyle(li, '::before');
        return {
          paddingRight: parseFloat(getComputedStyle(li).paddingRight),
          right: number.right,
          left: number.left,
          width: box.width,
        };
      });
    expect(step.paddingRight).toBeGreaterThan(40); // room for the number on the right
    expect(step.right).toBe('0px');
    expect(
      await page
        .locator('.phrase')
        .first()
        .evaluate((el) => getComputedStyle(el).borderRightWidth),
    ).toBe('4px');
    // The English sentence and the phone number still read left to right.
    expect(
      await page
        .locator('.phrase-say')
        .first()
        .evaluate((el) => getComputedStyle(el).direction),
    ).toBe('ltr');
    expect(await page.locator('a[href^="tel:"] bdi').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await close();

    const english = await openPage(session.browser, url('en/contact-customer-service/'), {
      viewport: { width: 1280, height: 900 },
    });
    expect(await leftOf(english.page, '.brand')).toBeLessThan(await leftOf(english.page, '.search-button'));
    await english.close();
  });

  it('walks the tree in Arabic in place, with Indonesian fallback texts marked', async () => {
    const { page, errors, close } = await openPage(session.browser, url('ar/'));
    const tree = page.locator('[data-decision-tree]');
    await tree.getByRole('link', { name: 'منتج طلبته', exact: true }).click();
    await page.waitForURL(url('ar/which-topic/item/'));
    // "item" has no Arabic question: the Indonesian one, marked as such.
    const heading = tree.getByRole('heading', { level: 2, name: 'Apa masalahnya?' });
    await heading.waitFor();
    expect(await heading.getAttribute('lang')).toBe('id');
    expect(await heading.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await tree.getByRole('link', { name: 'وصل منتج خاطئ أو تالف', exact: true }).click();
    await page.waitForURL(url('ar/which-topic/item/wrong-item/'));
    await tree.getByRole('heading', { level: 2, name: 'اشرح المشكلة للموظف' }).waitFor();
    expect(await tree.locator('.tree-article').getAttribute('href')).toBe(
      '/ar/resolve-a-dispute/#ceritakan-masalahnya-dan-solusi-yang-anda-inginkan',
    );
    // "Back" points right in a right-to-left page: its arrow is mirrored.
    const arrow = tree.locator('.tree-nav .mirror-rtl');
    expect(await arrow.evaluate((el) => getComputedStyle(el).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    await tree.getByRole('link', { name: /رجوع/ }).click();
    await page.waitForURL(url('ar/which-topic/item/'));
    expect(errors).toEqual([]);
    await close();
  });

  it('searches in Arabic: the stemmed query finds the Arabic articles', async () => {
    const { page, errors, close } = await openPage(session.browser, url('ar/'));
    await page.keyboard.press('Control+k');
    const field = page.getByRole('combobox', { name: 'ابحث في مركز المساعدة' });
    await field.waitFor();
    // "موظف" (an agent) is written "الموظف", "للموظف", "موظفًا" in the articles.
    await page.keyboard.type('موظف');
    await page.getByRole('option').first().waitFor();
    const titles = await page.locator('dialog [role="option"] .search-title').allTextContents();
    expect(titles).toEqual(
      expect.arrayContaining(['دليل العبارات: ماذا تقول للموظف', 'التواصل مع خدمة العملاء عبر صفحة التواصل والمحادثة']),
    );
    expect(await page.locator('dialog').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname.startsWith('/ar/') && u.pathname !== '/ar/');
    expect(errors).toEqual([]);
    await close();
  });

  it('the language menu opens and leads to the page in another language, without JavaScript', async () => {
    const { page, close } = await openPage(session.browser, url('en/phrasebook/'), { javaScriptEnabled: false });
    const menu = page.getByRole('navigation', { name: 'Choose your language' });
    const arabic = menu.getByRole('link', { name: 'العربية' });
    expect(await arabic.isVisible()).toBe(false);
    await menu.locator('summary').click();
    expect(await arabic.isVisible()).toBe(true);
    await arabic.click();
    await page.waitForURL(url('ar/phrasebook/'));
    await close();
  });

  it('"/" sends a browser set to Arabic (Egypt) to /ar/, and one in French to the default locale', async () => {
    const arabic = await openPage(session.browser, url(''), { locale: 'ar-EG' });
    await arabic.page.waitForURL(url('ar/'));
    await arabic.close();
    const french = await openPage(session.browser, url(''), { locale: 'fr-FR' });
    await french.page.waitForURL(url('id/'));
    await french.close();
  });

  it('takes screenshots of the Arabic pages, narrow and wide (tests/.tmp/screenshots/three-languages/)', async () => {
    mkdirSync(shots, { recursive: true });
    const views = [
      ['home', 'ar/'],
      ['article', 'ar/contact-customer-service/'],
      ['fallback-article', 'ar/resolve-a-dispute/'],
      ['tree-step', 'ar/which-topic/person/'],
    ] as const;
    for (const width of [390, 1280]) {
      const { page, close } = await openPage(session.browser, url('ar/'), { viewport: { width, height: 900 } });
      for (const [view, path] of views) {
        await page.goto(url(path));
        await page.screenshot({ path: `${shots}/${view}-${width}.png`, fullPage: true });
      }
      await page.keyboard.press('Control+k');
      await page.keyboard.type('العملاء');
      await page.getByRole('option').first().waitFor();
      await page.screenshot({ path: `${shots}/search-dialog-${width}.png` });
      await close();
    }
  });
});
