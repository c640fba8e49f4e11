// What search engines and link previews read in the built site: sitemap.xml with hreflang,
// robots.txt, canonical URLs, Open Graph / Twitter meta, JSON-LD, safe external links.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { htmlFiles, readPage } from '../helpers/dist.ts';
import { repoRoot, siteDir } from '../helpers/paths.ts';
import { feedbackContent, untranslatedSlug } from '../fixtures/feedback/content.ts';

const origin = 'https://help.example.org';
const head = (html: string) => html.slice(0, html.indexOf('</head>'));
const meta = (html: string, property: string) =>
  [
    ...head(html).matchAll(
      new RegExp(`<meta (?:property|name)="${property.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`, 'g'),
    ),
  ].map((m) => m[1]);
const canonical = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(head(html))?.[1];
const hreflangs = (html: string) =>
  Object.fromEntries(
    [...head(html).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
const noindex = (html: string) => /<meta name="robots" content="noindex"/.test(head(html));
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
/** The sitemap's entries: loc → { lastmod, alternates }. */
function readSitemap(dir: string) {
  const xml = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
  return new Map(
    [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => [
      /<loc>([^<]+)<\/loc>/.exec(body!)![1]!,
      {
        lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(body!)?.[1],
        alternates: Object.fromEntries(
          [...body!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [
            m[1],
            m[2],
          ]),
        ),
      },
    ]),
  );
}
const fileOf = (url: string) => join(new URL(url).pathname.replace(/^\//, ''), 'index.html');
const urlOf = (file: string) => `${origin}/${file.replace(/index\.html$/, '')}`;

const pages = htmlFiles(siteDir);
const localized = pages.filter((f) => /^(id|en)\//.test(f));
const kindOf = (file: string) =>
  /^\w+\/index\.html$/.test(file)
    ? 'home'
    : file.includes('/topics/')
      ? 'category'
      : file.includes('/404/')
        ? '404'
        : /<article class="article"/.test(readPage(siteDir, file))
          ? 'article'
          : 'other';

describe('sitemap.xml and robots.txt', () => {
  const sitemap = readSitemap(siteDir);

  it('lists every home, category and article page of both locales, and only built, indexable pages', () => {
    for (const file of localized.filter((f) => ['home', 'category', 'article'].includes(kindOf(f)))) {
      expect(sitemap.has(urlOf(file)), file).toBe(true);
    }
    for (const loc of sitemap.keys()) {
      expect(existsSync(join(siteDir, fileOf(loc))), loc).toBe(true);
      expect(noindex(readFileSync(join(siteDir, fileOf(loc)), 'utf8')), `${loc} is noindex`).toBe(false);
    }
    for (const file of pages.filter((f) => noindex(readPage(siteDir, f))))
      expect(sitemap.has(urlOf(file)), file).toBe(false);
    expect([...sitemap.keys()].filter((l) => l.includes('404'))).toEqual([]);
  });

  it('gives every URL its language alternates, reciprocal, the same as the page head says', () => {
    for (const [loc, { alternates }] of sitemap) {
      expect(Object.keys(alternates).sort(), loc).toEqual(['en', 'id', 'x-default']);
      expect(alternates, loc).toEqual(hreflangs(readFileSync(join(siteDir, fileOf(loc)), 'utf8')));
      for (const [lang, href] of Object.entries(alternates)) {
        if (lang !== 'x-default')
          expect(sitemap.get(href!)?.alternates[lang === 'id' ? 'en' : 'id'], `${href} links back`).toBeDefined();
      }
    }
  });

  it('dates each article with its reviewed date', () => {
    const article = sitemap.get(`${origin}/en/contact-customer-service/`);
    const reviewed = /reviewed: (\S+)/.exec(
      readFileSync(join(repoRoot, 'content/articles/en/contact-customer-service.mdx'), 'utf8'),
    )![1];
    expect(article?.lastmod).toBe(reviewed);
  });

  it('has a robots.txt that points at the sitemap', () => {
    expect(readFileSync(join(siteDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}/sitemap.xml`);
  });
});

describe('page head', () => {
  it('gives every localized page a canonical URL to itself', () => {
    for (const file of localized) expect(canonical(readPage(siteDir, file)), file).toBe(urlOf(file));
  });

  it('gives every indexable page Open Graph and Twitter meta matching the page', () => {
    for (const file of localized.filter((f) => !noindex(readPage(siteDir, f)))) {
      const html = readPage(siteDir, file);
      const description = /<meta name="description" content="([^"]*)"/.exec(html)![1];
      expect(meta(html, 'og:url'), file).toEqual([urlOf(file)]);
      expect(meta(html, 'og:description'), file).toEqual([description]);
      expect(meta(html, 'og:title')[0], file).toBeTruthy();
      expect(meta(html, 'og:locale'), file).toEqual([file.startsWith('id/') ? 'id_ID' : 'en_US']);
      expect(meta(html, 'og:locale:alternate'), file).toEqual([file.startsWith('id/') ? 'en_US' : 'id_ID']);
      expect(meta(html, 'twitter:card'), file).toEqual(['summary']);
    }
  });

  it('describes the organisation and its contact points from content/channels.yaml on each home page', () => {
    const channels = parse(readFileSync(join(repoRoot, 'content/channels.yaml'), 'utf8')) as {
      id: string;
      phone?: string;
      url?: string;
      regions?: string[];
      label: Record<string, string>;
    }[];
    for (const locale of ['id', 'en']) {
      const [data] = jsonLd(readPage(siteDir, `${locale}/`));
      const organization = data['@graph'].find((n: { '@type': string }) => n['@type'] === 'Organization');
      expect(organization.contactPoint).toHaveLength(channels.length);
      for (const channel of channels) {
        const point = organization.contactPoint.find((p: { name: string }) => p.name === channel.label[locale]);
        expect(point, channel.id).toMatchObject({ '@type': 'ContactPoint', contactType: 'customer service' });
        if (channel.phone) expect(point.telephone).toBe(channel.phone);
        if (channel.url) expect(point.url).toBe(channel.url);
        if (!channel.regions || channel.regions.includes('worldwide')) expect(point.areaServed).toBeUndefined();
        else expect(point.areaServed).toEqual(channel.regions);
      }
    }
  });

  it('describes each article as an Article with its title, language and review date', () => {
    for (const file of localized.filter((f) => kindOf(f) === 'article')) {
      const html = readPage(siteDir, file);
      const [data] = jsonLd(html);
      expect(data, file).toMatchObject({
        '@type': 'Article',
        headline: /<h1>([^<]+)<\/h1>/
          .exec(html)![1]!
          .replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
        url: urlOf(file),
        inLanguage: file.slice(0, 2),
        dateModified: meta(html, 'article:modified_time')[0],
      });
    }
  });

  it('puts no structured data on pages that are not indexed', () => {
    for (const file of pages.filter((f) => noindex(readPage(siteDir, f))))
      expect(jsonLd(readPage(siteDir, file)), file).toEqual([]);
  });

  it('opens no other site with access to this page: external links carry rel="noopener noreferrer"', () => {
    let external = 0;
    for (const file of pages) {
      for (const [tag] of readPage(siteDir, file).matchAll(/<a\b[^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
        if (tag.includes(`href="${origin}`)) continue;
        external++;
        expect(tag, file).toMatch(/\srel="noopener noreferrer"/);
      }
    }
    expect(external).toBeGreaterThan(0);
  });
});

describe('an untranslated article', () => {
  let built: BuildResult;
  beforeAll(() => {
    built = buildSite({
      name: 'seo-fallback',
      content: feedbackContent('seo-fallback', 'https://feedback.example.org/help'),
    });
  });

  it('keeps the fallback copy out of search engines and the original without hreflang to it', () => {
    expect(built.ok, built.output).toBe(true);
    const fallback = readPage(built.outDir, `id/${untranslatedSlug}/`);
    const original = readPage(built.outDir, `en/${untranslatedSlug}/`);
    expect(noindex(fallback)).toBe(true);
    expect(hreflangs(fallback)).toEqual({});
    expect(jsonLd(fallback)).toEqual([]);
    expect(noindex(original)).toBe(false);
    expect(hreflangs(original)).toEqual({});
    expect(meta(original, 'og:locale:alternate')).toEqual([]);
    const sitemap = readSitemap(built.outDir);
    expect(sitemap.has(`${origin}/id/${untranslatedSlug}/`)).toBe(false);
    expect(sitemap.get(`${origin}/en/${untranslatedSlug}/`)?.alternates).toEqual({});
  });

  it('marks a writer\'s link to another site with rel="noopener noreferrer", and not links to this site', () => {
    const html = readPage(built.outDir, `en/${untranslatedSlug}/`);
    expect(html).toContain('<a href="https://example.com/page" rel="noopener noreferrer">');
    expect(html).toContain(`<a href="${origin}/en/">`);
  });
});
