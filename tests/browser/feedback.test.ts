// "Was this article helpful?" against a real endpoint on loopback, under the strict CSP of the
// built headers (served by nginx): with JavaScript the answer is sent in the background, without it
// the form posts; the endpoint receives the same fields either way. Also: the print stylesheet
// ("Save as PDF") leaves only the article. No endpoint in site.yaml: no widget at all.
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
      if (new URL(req.url ?? '/', 'http://x').pathname === '/feedback') received.push({ method: req.method ?? '', contentType: req.headers['content-type'] ?? '', fields: Object.fromEntries(new URLSearchParams(body)) });
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
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
const form = (page: Page) => page.locator('form[data-feedback]');
const expectedFields = (helpful: string) => ({ article: 'phrasebook', locale: 'en', page: 'https://help.example.org/en/phrasebook/', helpful });

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
    expect(received[0]).toEqual({ method: 'POST', contentType: 'application/x-www-form-urlencoded;charset=UTF-8', fields: expectedFields('yes') });
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
    await expect.poll(() => form(page).getByRole('status').textContent()).toBe('Maaf, jawaban Anda tidak terkirim. Silakan coba lagi nanti.');
    expect(await form(page).getByRole('button', { name: 'Tidak' }).isEnabled()).toBe(true);
    expect(received).toEqual([]);
    await page.context().close();
  });

  it('posts the same fields as a plain form with JavaScript off', async () => {
    received.length = 0;
    const page = await open('en/phrasebook/', { javaScriptEnabled: false });
    await form(page).getByRole('button', { name: 'No' }).click();
    await page.waitForURL(endpointUrl);
    expect(received).toEqual([{ method: 'POST', contentType: 'application/x-www-form-urlencoded', fields: expectedFields('no') }]);
    await page.context().close();
  });

  it('has no accessibility violation, light and dark, before and after answering', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open('en/phrasebook/', { colorScheme });
      const check = async () => {
        await page.evaluate(axe.source);
        const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run('form[data-feedback]'));
        return results.violations.map((v) => `${v.id}: ${v.help}`);
      };
      expect(await check(), colorScheme).toEqual([]);
      await form(page).getByRole('button', { name: 'Yes' }).click();
      await form(page).getByText('Thank you for your answer.').waitFor();
      expect(await check(), colorScheme).toEqual([]);
      await page.context().close();
    }
  });

  it('is not on the page at all when site.yaml sets no endpoint', () => {
    const articles = htmlFiles(siteDir).filter((f) => readFileSync(join(siteDir, f), 'utf8').includes('<article class="article"'));
    expect(articles.length).toBeGreaterThan(0);
    for (const file of articles) expect(readFileSync(join(siteDir, file), 'utf8'), file).not.toContain('data-feedback');
  });
});

describe('"Save as PDF or print"', () => {
  it('prints only the article: no header, footer, buttons, feedback or related articles', async () => {
    const page = await open('en/phrasebook/');
    const button = page.getByRole('button', { name: 'Save as PDF or print' });
    expect(await button.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '[data-print]', 'form[data-feedback]', '.after-article', '.phrase-actions']) {
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
