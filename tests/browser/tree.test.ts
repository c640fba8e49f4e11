// The "Which topic?" tree in Chromium: clicks swap the step in place and the URL follows; the
// back button, reload and deep links land on the same step; keyboard only; JavaScript off walks
// the same path with plain links; both locales; under a base path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumOnSite } from '../helpers/site-browser.ts';
import type { Page } from 'playwright-core';
import { openPage } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { buildSite } from '../helpers/build.ts';
import { treeContent } from '../fixtures/trees/content.ts';

const session = chromiumOnSite();

const tree = (page: Page) => page.locator('[data-decision-tree]');
const answer = (page: Page, label: string) => tree(page).getByRole('link', { name: label, exact: true });
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim());

/** Waits until the step at `url` shows `heading`, and checks focus and the live region. */
async function atStep(page: Page, url: string, heading: string, { focus = true } = {}) {
  await page.waitForURL(url);
  await tree(page).getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
  if (focus) {
    await expect.poll(() => focused(page)).toBe(heading);
    expect(await tree(page).locator('[aria-live="polite"]').textContent()).toBe(heading);
  }
}
/** The answers given, as the trail shows them. */
const trail = (page: Page) =>
  tree(page)
    .locator('.tree-trail li')
    .allTextContents()
    .then((t) => t.map((s) => s.trim()));
/** Marks the document: still marked after a step means no page load happened. */
const mark = (page: Page) => page.evaluate(() => ((window as unknown as { treeMark: boolean }).treeMark = true));
const stillMarked = (page: Page) =>
  page.evaluate(() => (window as unknown as { treeMark?: boolean }).treeMark === true);

describe('decision tree with JavaScript', () => {
  it('en: clicks from the home page to a result in place, the URL following every step', async () => {
    const { page, errors, close } = await openPage(session.browser, `${session.server.url}en/`);
    await mark(page);
    await answer(page, 'An item I ordered').click();
    await atStep(page, `${session.server.url}en/which-topic/item/`, 'What is the problem?');
    expect(await trail(page)).toEqual(['Start', 'An item I ordered']);
    await answer(page, 'I need to speak to a manager').click();
    await atStep(page, `${session.server.url}en/which-topic/item/manager/`, 'Sentences to ask for a manager');
    expect(await trail(page)).toEqual(['Start', 'An item I ordered', 'I need to speak to a manager']);

    const article = tree(page).locator('a.tree-article');
    expect(await article.getAttribute('href')).toBe('/en/phrasebook/#ask-for-a-manager');
    expect(
      await tree(page)
        .locator('.contact-card')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-channel'))),
    ).toEqual(['chat', 'phone-us']);
    expect(await stillMarked(page)).toBe(true);
    expect(await page.title()).toBe('Sentences to ask for a manager · Which topic? · Pandu');
    // The language switch follows the step too.
    expect(await page.locator('.lang-switch a[hreflang="id"]').getAttribute('href')).toBe(
      '/id/which-topic/item/manager/',
    );

    await article.click();
    await page.waitForURL(`${session.server.url}en/phrasebook/#ask-for-a-manager`);
    expect(errors).toEqual([]);
    await close();
  });

  it('id: the back button returns to the previous question, forward comes back', async () => {
    const { page, errors, close } = await openPage(session.browser, `${session.server.url}id/`);
    await mark(page);
    await answer(page, 'Barang yang saya pesan').click();
    await atStep(page, `${session.server.url}id/which-topic/item/`, 'Apa masalahnya?');
    await answer(page, 'Barang salah atau rusak').click();
    await atStep(
      page,
      `${session.server.url}id/which-topic/item/wrong-item/`,
      'Ceritakan apa yang terjadi dan solusi yang Anda inginkan',
    );

    await page.goBack();
    await atStep(page, `${session.server.url}id/which-topic/item/`, 'Apa masalahnya?');
    expect(await trail(page)).toEqual(['Awal', 'Barang yang saya pesan']);
    await page.goBack();
    await atStep(page, `${session.server.url}id/`, 'Anda perlu bantuan tentang apa?');
    expect(await trail(page)).toEqual([]);
    await page.goForward();
    await atStep(page, `${session.server.url}id/which-topic/item/`, 'Apa masalahnya?');
    expect(await stillMarked(page)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('en: Back and Start over links step back in place', async () => {
    const { page, close } = await openPage(session.browser, `${session.server.url}en/which-topic/`);
    await answer(page, 'My payment, Prime or account').click();
    await atStep(page, `${session.server.url}en/which-topic/account/`, 'Can you sign in to your account?');
    await answer(page, 'No, I forgot my password').click();
    await atStep(page, `${session.server.url}en/which-topic/account/sign-in/`, 'Reset your password by e-mail first');
    await answer(page, 'Back').click();
    await atStep(page, `${session.server.url}en/which-topic/account/`, 'Can you sign in to your account?');
    await answer(page, 'Start over').click();
    await atStep(page, `${session.server.url}en/which-topic/`, 'What do you need help with?');
    await close();
  });

  it('reload and a shared link land on the same step', async () => {
    const { page, close } = await openPage(session.browser, `${session.server.url}en/`);
    await answer(page, 'I want to talk to a real person').click();
    await atStep(page, `${session.server.url}en/which-topic/reach/`, 'Where do you live?');
    await answer(page, 'In the United States').click();
    await atStep(page, `${session.server.url}en/which-topic/reach/reach-us/`, 'Call or chat');
    await page.reload();
    await atStep(page, `${session.server.url}en/which-topic/reach/reach-us/`, 'Call or chat', { focus: false });
    expect(await trail(page)).toEqual(['Start', 'I want to talk to a real person', 'In the United States']);
    await close();

    const shared = await openPage(session.browser, `${session.server.url}id/which-topic/reach/reach-us/`);
    await atStep(shared.page, `${session.server.url}id/which-topic/reach/reach-us/`, 'Telepon atau chat', {
      focus: false,
    });
    expect(await trail(shared.page)).toEqual([
      'Awal',
      'Saya ingin bicara dengan orang sungguhan',
      'Di Amerika Serikat',
    ]);
    expect(await tree(shared.page).locator('a[href="tel:+18882804331"]').count()).toBe(1);
    await shared.close();
  });

  it('id: keyboard only, from the first question to a result and back to the start', async () => {
    const { page, errors, close } = await openPage(session.browser, `${session.server.url}id/which-topic/`);
    /** Presses Tab until the link or heading with this text has focus, then Enter. */
    const choose = async (label: string) => {
      for (let i = 0; i < 40 && (await focused(page)) !== label; i++) await page.keyboard.press('Tab');
      expect(await focused(page)).toBe(label);
      await page.keyboard.press('Enter');
    };
    await choose('Saya ingin bicara dengan orang sungguhan');
    await atStep(page, `${session.server.url}id/which-topic/reach/`, 'Di mana Anda tinggal?');
    await choose('Di negara lain');
    await atStep(
      page,
      `${session.server.url}id/which-topic/reach/reach-elsewhere/`,
      'Gunakan chat dan minta agen manusia',
    );
    // From the focused heading, the next Tab stop is the article of the result.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('tree-article');
    await choose('↺ Mulai lagi');
    await atStep(page, `${session.server.url}id/which-topic/`, 'Anda perlu bantuan tentang apa?');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('decision tree with JavaScript off', () => {
  for (const [locale, start, path] of [
    [
      'en',
      'en/which-topic/',
      [
        ['An item I ordered', 'item/', 'What is the problem?'],
        [
          'I want to ask for a refund or store credit',
          'item/refund/',
          'Check your purchase details, then ask for your money back',
        ],
      ],
    ],
    [
      'id',
      'id/which-topic/',
      [
        ['Barang yang saya pesan', 'item/', 'Apa masalahnya?'],
        [
          'Saya ingin meminta pengembalian dana atau kredit toko',
          'item/refund/',
          'Periksa data pembelian, lalu minta pengembalian dana',
        ],
      ],
    ],
  ] as const) {
    it(`${locale}: plain links walk the same path, with Back and Start over`, async () => {
      const { page, close } = await openPage(session.browser, `${session.server.url}${start}`, {
        javaScriptEnabled: false,
      });
      for (const [label, step, heading] of path) {
        await answer(page, label).click();
        await atStep(page, `${session.server.url}${start}${step}`, heading, { focus: false });
      }
      expect((await trail(page)).slice(1)).toEqual(path.map(([label]) => label));
      await tree(page).locator('.tree-nav a').first().click();
      await atStep(page, `${session.server.url}${start}item/`, path[0][2], { focus: false });
      await tree(page).locator('.tree-nav a').last().click();
      await page.waitForURL(`${session.server.url}${start}`);
      expect(await tree(page).locator('.tree-option').count()).toBe(6);
      await close();
    });
  }
});

describe('decision tree under a base path', () => {
  let base: StaticServer;
  beforeAll(async () => {
    const built = buildSite({
      name: 'tree-browser-base',
      content: treeContent('tree-browser-base', 'good'),
      basePath: '/help/',
    });
    if (!built.ok) throw new Error(built.output);
    base = await serveStatic(built.outDir, '/help/');
  });
  afterAll(async () => {
    await base?.close();
  });

  it('steps, goes back and reloads under /help/, with and without JavaScript', async () => {
    const { page, errors, close } = await openPage(session.browser, `${base.url}en/tree-inside/`);
    await answer(page, 'My order').click();
    await atStep(page, `${base.url}en/help-me/order/`, 'What happened?');
    await answer(page, 'I want to call').click();
    await atStep(page, `${base.url}en/help-me/order/call/`, 'Call the shop');
    expect(await tree(page).locator('a.tree-article').getAttribute('href')).toBe('/help/en/settle-it/#call-the-shop');
    await page.goBack();
    await atStep(page, `${base.url}en/help-me/order/`, 'What happened?');
    await page.reload();
    await atStep(page, `${base.url}en/help-me/order/`, 'What happened?', { focus: false });
    expect(errors).toEqual([]);
    await close();

    const off = await openPage(session.browser, `${base.url}id/bantuan/`, { javaScriptEnabled: false });
    await answer(off.page, 'Saya perlu manajer').click();
    await atStep(off.page, `${base.url}id/bantuan/manager/`, 'Minta manajer', { focus: false });
    await off.close();
  });
});
