// "Was this article helpful?" against a real endpoint on loopback, under the strict CSP of the
// built headers (served by nginx): with JavaScript the answer is sent in the background, then an
// optional comment; without it the form posts; the endpoint receives the same fields either way.
// Without an endpoint (the default) the widget is on every article with JavaScript, answers stay
// on the device, "No" offers the contact channels and the tree at once, and without JavaScript
// there is no button that cannot work. Also: the print stylesheet ("Save as PDF") leaves only the
// article.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { htmlFiles } from '../helpers/dist.ts';
import { recordCspViolations, serveNginx, type NginxServer } from '../helpers/nginx.ts';
import { siteDir } from '../helpers/paths.ts';
import { feedbackContent } from '../fixtures/feedback/content.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';

interface Received {
  method: string;
  contentType: string;
  fields: Record<string, string>;
}

let endpoint: Server;
let endpointUrl: string;
const received: Received[] = [];
let browser: Browser;
let nginx: NginxServer;
let dist: string;

beforeAll(async () => {
  // The endpoint first: its address goes into the fixture's site.yaml before the build.
  endpoint = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      // Only the form's target counts (a browser that lands here also asks for /favicon.ico).
      if (new URL(req.url ?? '/', 'http://x').pathname === '/feedback')
        received.push({
          method: req.method ?? '',
          contentType: req.headers['content-type'] ?? '',
          fields: Object.fromEntries(new URLSearchParams(body)),
        });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Thanks</title><p>Thank you.</p>');
    });
  });
  await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
  endpointUrl = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/feedback`;
  const built = buildSite({ name: 'feedback', content: feedbackContent('feedback', endpointUrl) });
  if (!built.ok) throw new Error(built.output);
  dist = built.outDir;
  [browser, nginx] = await Promise.all([launchBrowser(), serveNginx(dist)]);
});
afterAll(async () => {
  await browser?.close();
  await nginx?.close();
  await new Promise((resolve) => endpoint?.close(resolve));
});

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await browser.newContext(options);
  await recordCspViolations(context);
  const page = await context.newPage();
  await page.goto(`${nginx.url}${path}`);
  return page;
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
const form = (page: Page) => page.locator('form[data-feedback]');
const expectedFields = (helpful: string) => ({
  article: 'phrasebook',
  locale: 'en',
  page: 'https://help.example.org/en/phrasebook/',
  helpful,
});

describe('"Was this article helpful?"', () => {
  it('allows the endpoint, and only it, in the CSP of the built headers', () => {
    const origin = new URL(endpointUrl).origin;
    const csp = /Content-Security-Policy: (.+)/.exec(readFileSync(join(dist, '_headers'), 'utf8'))![1]!;
    expect(csp).toContain(`connect-src 'self' ${origin};`);
    expect(csp).toContain(`form-action 'self' ${origin};`);
  });

  it('sends the answer in the background and thanks the reader', async () => {
    received.length = 0;
    const page = await open('en/phrasebook/');
    const question = form(page).getByRole('group', { name: 'Was this article helpful?' });
    await question.getByRole('button', { name: 'Yes' }).click();
    await expect.poll(() => received.length).toBe(1);
    expect(received[0]).toEqual({
      method: 'POST',
      contentType: 'application/x-www-form-urlencoded;charset=UTF-8',
      fields: expectedFields('yes'),
    });
    const status = form(page).getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Thank you for your answer.');
    expect(await question.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
    expect(page.url()).toBe(`${nginx.url}en/phrasebook/`);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('says so when the answer cannot be sent, and lets the reader try again', async () => {
    received.length = 0;
    const page = await open('id/phrasebook/');
    await page.route(endpointUrl, (route) => route.abort());
    await form(page).getByRole('button', { name: 'Tidak' }).click();
    await expect
      .poll(() => form(page).getByRole('status').textContent())
      .toBe('Maaf, jawaban Anda tidak terkirim. Silakan coba lagi nanti.');
    expect(await form(page).getByRole('button', { name: 'Tidak' }).isEnabled()).toBe(true);
    expect(received).toEqual([]);
    await page.context().close();
  });

  it('posts the same fields as a plain form with JavaScript off', async () => {
    received.length = 0;
    const page = await open('en/phrasebook/', { javaScriptEnabled: false });
    await form(page).getByRole('button', { name: 'No' }).click();
    await page.waitForURL(endpointUrl);
    expect(received).toEqual([
      { method: 'POST', contentType: 'application/x-www-form-urlencoded', fields: expectedFields('no') },
    ]);
    await page.context().close();
  });

  it('has no accessibility violation, light and dark, before and after answering', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open('en/phrasebook/', { colorScheme });
      const check = async () => {
        await page.evaluate(axe.source);
        const results = await page.evaluate(() =>
          (window as unknown as { axe: typeof axe }).axe.run('form[data-feedback]'),
        );
        return results.violations.map((v) => `${v.id}: ${v.help}`);
      };
      expect(await check(), colorScheme).toEqual([]);
      await form(page).getByRole('button', { name: 'Yes' }).click();
      await form(page).getByText('Thank you for your answer.').waitFor();
      expect(await check(), colorScheme).toEqual([]);
      await page.context().close();
    }
  });

  it('sends an optional comment after the vote, with the vote', async () => {
    received.length = 0;
    const page = await open('en/phrasebook/');
    await form(page).getByRole('button', { name: 'No' }).click();
    await expect.poll(() => received.length).toBe(1);
    // "No" shows where to get help at once, and a comment box.
    expect(await form(page).getByRole('link', { name: 'Ways to contact customer service' }).isVisible()).toBe(true);
    await form(page)
      .getByLabel('What was missing or wrong? (optional, no personal details)')
      .fill('The refund times are missing.');
    await form(page).getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => received.length).toBe(2);
    expect(received[1]!.fields).toEqual({ ...expectedFields('no'), comment: 'The refund times are missing.' });
    await expect.poll(() => form(page).getByRole('status').textContent()).toBe('Thank you. Your comment was sent.');
    expect(await form(page).getByRole('button', { name: 'Send' }).isVisible()).toBe(false);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('"Was this article helpful?" without an endpoint (the default)', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(siteDir);
  });
  afterAll(() => server?.close());

  const openReal = async (path: string, options: Parameters<Browser['newContext']>[0] = {}) => {
    const context = await browser.newContext(options);
    await recordCspViolations(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}${path}`);
    return { page, errors };
  };

  it('is on every article page, hidden until its script shows it', () => {
    const articles = htmlFiles(siteDir).filter((f) =>
      readFileSync(join(siteDir, f), 'utf8').includes('<article class="article"'),
    );
    expect(articles.length).toBeGreaterThan(0);
    for (const file of articles)
      expect(readFileSync(join(siteDir, file), 'utf8'), file).toMatch(
        /<form class="feedback no-print" hidden data-feedback="[a-z-]+"/,
      );
  });

  for (const [locale, yes, no, thanks, question, contact, tree] of [
    [
      'en',
      'Yes',
      'No',
      'Thank you for your answer.',
      'Was this article helpful?',
      'Ways to contact customer service',
      'Which topic?',
    ],
    [
      'id',
      'Ya',
      'Tidak',
      'Terima kasih atas jawaban Anda.',
      'Apakah artikel ini membantu?',
      'Cara menghubungi layanan pelanggan',
      'Pilih topik',
    ],
  ] as const) {
    it(`${locale}: "Yes" thanks the reader, and the answer is remembered for that article only`, async () => {
      const { page, errors } = await openReal(`${locale}/phrasebook/`);
      await form(page).getByRole('button', { name: yes }).click();
      await expect.poll(() => form(page).getByRole('status').textContent()).toBe(thanks);
      expect(await form(page).getByRole('group', { name: question }).isVisible()).toBe(false);
      expect(await form(page).getByRole('link', { name: contact }).isVisible()).toBe(false);
      await page.reload();
      expect(await form(page).getByRole('group', { name: question }).isVisible()).toBe(false);
      // Another article has not been answered yet.
      await page.goto(`${server.url}${locale}/chat-topics/`);
      expect(await form(page).getByRole('group', { name: question }).isVisible()).toBe(true);
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`${locale}: "No" offers the contact channels and the tree at once, and keeps offering them`, async () => {
      const { page, errors } = await openReal(`${locale}/resolve-a-dispute/`);
      await form(page).getByRole('button', { name: no }).click();
      const contactLink = form(page).getByRole('link', { name: contact });
      const treeLink = form(page).getByRole('link', { name: tree, exact: true });
      expect(await contactLink.isVisible()).toBe(true);
      expect(await treeLink.isVisible()).toBe(true);
      // No endpoint: nothing to write a comment to.
      expect(await form(page).locator('textarea').count()).toBe(0);
      await page.reload();
      expect(await contactLink.isVisible()).toBe(true);
      await contactLink.click();
      await page.waitForURL(`${server.url}${locale}/#contact`);
      await page.goBack();
      await treeLink.click();
      await page.waitForURL(`${server.url}${locale}/which-topic/`);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`${locale}: without JavaScript, shows no button that could not work`, async () => {
      const { page } = await openReal(`${locale}/phrasebook/`, { javaScriptEnabled: false });
      expect(await page.locator('article h1').isVisible()).toBe(true);
      expect(await form(page).count()).toBe(1);
      expect(await form(page).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: yes, exact: true }).count()).toBe(0);
      await page.context().close();
    });
  }

  it('has no accessibility violation after "No"', async () => {
    const { page } = await openReal('id/phrasebook/', { colorScheme: 'dark' });
    await form(page).getByRole('button', { name: 'Tidak' }).click();
    await page.evaluate(axe.source);
    const results = await page.evaluate(() =>
      (window as unknown as { axe: typeof axe }).axe.run('form[data-feedback]'),
    );
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.context().close();
  });
});

describe('"Save as PDF or print"', () => {
  it('prints only the article: no header, footer, buttons, feedback or related articles', async () => {
    const page = await open('en/phrasebook/');
    const button = page.getByRole('button', { name: 'Save as PDF or print' });
    expect(await button.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      '.site-header',
      '.site-footer',
      '[data-print]',
      'form[data-feedback]',
      '.after-article',
      '.phrase-actions',
    ]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('article h1').isVisible()).toBe(true);
    expect(await page.locator('article [data-phrase]').first().isVisible()).toBe(true);
    // Chromium's own "Save as PDF" path: a real PDF of the page.
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });

  it('shows no print button without JavaScript (it could not work)', async () => {
    const page = await open('en/phrasebook/', { javaScriptEnabled: false });
    expect(await page.locator('[data-print]').isVisible()).toBe(false);
    await page.context().close();
  });
});
