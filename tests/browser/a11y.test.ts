// axe-core in Chromium on every page type in both locales, light and dark: no violations (all of
// axe's WCAG 2.x A/AA and best-practice rules). Page types come from the built site itself, so a
// new kind of page is checked as soon as it exists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumOnSite } from '../helpers/site-browser.ts';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { htmlFiles } from '../helpers/dist.ts';
import { siteDir } from '../helpers/paths.ts';

const session = chromiumOnSite();

/** What kind of page a built file is, from its path and markup. */
function pageType(file: string): string {
  const html = readFileSync(join(siteDir, file), 'utf8');
  const [first, second] = file.split('/');
  if (file === 'index.html') return 'language choice';
  if (file === '404.html' || second === '404') return '404';
  if (second === 'index.html') return 'home';
  if (second === 'translations') return 'translations';
  if (html.includes('data-search-page')) return 'search';
  if (html.includes('<article class="article"')) return 'article';
  if (html.includes('data-decision-tree')) return 'tree step';
  if (second === 'topics') return 'category';
  return `other (${first}/${second}/)`;
}

/** Per page type and locale: the first page and the largest one (most components, deepest tree step). */
function pagesToCheck(): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const file of htmlFiles(siteDir)) {
    const locale = /^(\w+)\//.exec(file)?.[1] ?? 'root';
    const key = `${pageType(file)} · ${locale}`;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  for (const [key, files] of groups) {
    const largest = files.reduce((a, b) => (statSync(join(siteDir, b)).size > statSync(join(siteDir, a)).size ? b : a));
    groups.set(key, [...new Set([files[0]!, largest])]);
  }
  return groups;
}

/** axe's violations on the page as it is now, one line each: rule, what, where. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
  );
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}`),
  );
}

const schemes = ['light', 'dark'] as const;
const urlOf = (file: string) => `${session.server.url}${file.replace(/index\.html$/, '')}`;
const checked = pagesToCheck();

describe('axe-core', () => {
  it('covers home, category, article, tree step, search, translations and 404 pages in both locales', () => {
    const keys = [...checked.keys()];
    for (const type of ['home', 'category', 'article', 'tree step', 'search', 'translations', '404']) {
      for (const locale of ['id', 'en']) expect(keys, `${type} · ${locale}`).toContain(`${type} · ${locale}`);
    }
  });

  for (const scheme of schemes) {
    describe(`${scheme} colour scheme`, () => {
      let page: Page;
      beforeAll(async () => {
        page = await (await session.browser.newContext({ colorScheme: scheme })).newPage();
      });
      afterAll(() => page?.context().close());

      for (const [type, files] of checked) {
        for (const file of files) {
          const search = type.startsWith('search') ? `?q=${type.endsWith('id') ? 'pengembalian' : 'refund'}` : '';
          it(`${type}: ${file}${search}`, async () => {
            if (file === 'index.html') {
              // "/" forwards to a language at once: check it with its script held back.
              await page.route('**/_astro/*.js', (route) => route.abort());
            }
            await page.goto(`${urlOf(file)}${search}`);
            if (search) await page.locator('[data-search-page] [data-search-status]:not(:empty)').waitFor();
            const found = await axeViolations(page);
            await page.unrouteAll();
            expect(found).toEqual([]);
          });
        }
      }

      it('search dialog open with results', async () => {
        await page.goto(`${session.server.url}en/contact-customer-service/`);
        await page.keyboard.press('Control+k');
        await page.getByRole('combobox').fill('refund');
        await page.getByRole('option').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
      });

      it('decision tree after a step in place', async () => {
        await page.goto(`${session.server.url}id/`);
        const before = page.url();
        await page.locator('[data-decision-tree] .tree-option').first().click();
        await page.waitForURL((url) => url.href !== before);
        await page.locator('[data-decision-tree] [data-tree-step] h2').waitFor();
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }

  it('reports a page with problems (the gate can fail)', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.setContent('<html><body><img src="x.png"><a href="#"></a></body></html>');
    const rules = (await axeViolations(page)).map((v) => v.split(' ')[0]);
    expect(rules).toEqual(expect.arrayContaining(['image-alt', 'link-name', 'html-has-lang']));
    await context.close();
  });
});
