// An article page in Chromium: language switch, phrase copy button, readable without JavaScript.
import { describe, expect, it } from 'vitest';
import { chromiumOnSite } from '../helpers/site-browser.ts';
import { openPage } from '../helpers/browser.ts';

const session = chromiumOnSite();

describe('article page in Chromium', () => {
  it('switches language to the same article', async () => {
    const { page, errors, close } = await openPage(session.browser, `${session.server.url}id/phrasebook/`);
    await page.getByRole('navigation', { name: 'Pilih bahasa Anda' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${session.server.url}en/phrasebook/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('article h1').count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('copies a phrase to the clipboard and says so', async () => {
    const { page, close } = await openPage(session.browser, `${session.server.url}id/phrasebook/`, {
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
    const { page, close } = await openPage(session.browser, `${session.server.url}en/contact-customer-service/`, {
      javaScriptEnabled: false,
    });
    expect(await page.locator('article .steps li').first().isVisible()).toBe(true);
    expect(await page.locator('[data-phrase] button:visible').count()).toBe(0);
    await close();
  });
});
