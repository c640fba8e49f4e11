// PRODUCT.md §5 byte budgets on the built real content (tests/.tmp/site): page chrome, the
// JavaScript each page type runs before any interaction, and the CSS of the whole site.
// Bytes are gzip at level 6 (what web servers use by default); 1 KB = 1,024 bytes.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteDir } from '../helpers/paths.ts';
import { htmlFiles } from '../helpers/dist.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/server.ts';
import { chromeBytes, gzipBytes, pageWeight, siteCssBytes } from '../../scripts/bench/page-weight.ts';

const KB = 1024;
const pages = htmlFiles(siteDir);
const html = (page: string) => readFileSync(join(siteDir, page), 'utf8');
const articlePages = pages.filter((p) => /<article\b/.test(html(p)));
const treePages = pages.filter((p) => html(p).includes('data-decision-tree'));

/** "en/x/index.html: 2,301 bytes" lines for the pages over a budget, for a readable failure. */
const over = (sizes: [string, number][], budget: number) =>
  sizes.filter(([, bytes]) => bytes > budget).map(([page, bytes]) => `${page}: ${bytes} bytes`);

describe('budgets of PRODUCT.md §5 on the real content', () => {
  it('has article pages and decision-tree pages to measure', () => {
    expect(articlePages.length).toBeGreaterThanOrEqual(2);
    expect(treePages.length).toBeGreaterThanOrEqual(1);
  });

  it('keeps the page chrome (an article page without its <article>) within 6 KB gzip', () => {
    const sizes = articlePages.map((p): [string, number] => [p, chromeBytes(html(p))!]);
    expect(over(sizes, 6 * KB)).toEqual([]);
    // The chrome is real markup, not an empty page: header, navigation and footer are in it.
    expect(Math.min(...sizes.map(([, b]) => b))).toBeGreaterThan(500);
  });

  it('runs at most 2 KB gzip of JavaScript on an article page before any interaction', () => {
    const sizes = articlePages.map((p): [string, number] => [p, pageWeight(siteDir, p).js]);
    expect(over(sizes, 2 * KB)).toEqual([]);
  });

  it('runs at most 3 KB gzip of JavaScript on a page with the decision tree', () => {
    const sizes = treePages.map((p): [string, number] => [p, pageWeight(siteDir, p).js]);
    expect(over(sizes, 3 * KB)).toEqual([]);
  });

  it('links at most 10 KB gzip of CSS across the whole site', () => {
    const css = siteCssBytes(siteDir, pages);
    expect(css.files.length).toBeGreaterThan(0);
    expect(css.bytes, css.files.join(', ')).toBeLessThanOrEqual(10 * KB);
  });

  it('fetches in Chromium no more JavaScript on load than the page links (nothing loaded on idle)', async () => {
    // The heaviest article page by its linked scripts: Chromium must fetch the same bytes and
    // nothing more until the reader interacts (a script imported on idle would escape the count above).
    const heaviest = articlePages
      .map((p) => ({ page: p, weight: pageWeight(siteDir, p) }))
      .sort((a, b) => b.weight.js - a.weight.js)[0]!;
    const server = await serveStatic(siteDir);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const scripts: Promise<number>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push(response.body().then((b) => gzipBytes(b)));
      });
      await page.goto(`${server.url}${heaviest.page.replace(/index\.html$/, '')}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(1000);
      const fetched = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
      expect(fetched).toBe(heaviest.weight.js);
      expect(fetched).toBeLessThanOrEqual(2 * KB);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
