// An article page in Chromium: language switch, phrase copy button, readable without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { siteDir } from '../helpers/paths.ts';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveStatic(siteDir)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('article page in Chromium', () => {
  it('switches language to the same article', async () => {
    const { page, errors, close } = await openPage(browser, `${server.url}id/phrasebook/`);
    await page.getByRole('navigation', { name: 'Pilih bahasa Anda' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${server.url}en/phrasebook/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('article h1').count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('copies a phrase to the clipboard and says so', async () => {
    const { page, close } = await openPage(browser, `${server.url}id/phrasebook/`, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const card = page.locator('[data-phrase]').first();
    const sentence = (await card.locator('[data-phrase-text]').textContent())!.trim();
    const copy = card.getByRole('button', { name: 'Salin' });
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('Tersalin');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sentence);
    await close();
  });

  it('is readable with JavaScript off: text and steps shown, no dead buttons', async () => {
    const { page, close } = await openPage(browser, `${server.url}en/contact-customer-service/`, { javaScriptEnabled: false });
    expect(await page.locator('article .steps li').first().isVisible()).toBe(true);
    expect(await page.locator('[data-phrase] button:visible').count()).toBe(0);
    await close();
  });
});
