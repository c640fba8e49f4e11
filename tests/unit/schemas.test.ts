import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readdirSync } from 'node:fs';
import {
  articleSchema,
  categorySchema,
  channelSchema,
  siteSettingsSchema,
  treeFileSchema,
  uiStringsSchema,
  uiStringKeys,
} from '../../src/lib/schemas.ts';
import { jsonSchemas } from '../../scripts/schemas.ts';
import { resolveBasePath } from '../../src/lib/site-settings.ts';

const fieldErrors = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => i.path.join('.'));

describe('article front matter', () => {
  const valid = { title: 'T', description: 'D', category: 'contact', reviewed: '2026-11-25' };
  it('accepts a minimal article and fills defaults', () => {
    const parsed = articleSchema.parse(valid);
    expect(parsed.order).toBe(100);
    expect(parsed.keywords).toEqual([]);
    expect(parsed.reviewed).toBeInstanceOf(Date);
  });
  it('names the missing, unknown or mistyped field', () => {
    expect(fieldErrors(articleSchema.safeParse({ ...valid, title: undefined }))).toEqual(['title']);
    expect(fieldErrors(articleSchema.safeParse({ ...valid, colour: 'red' }))).toEqual(['']);
    expect(articleSchema.safeParse({ ...valid, colour: 'red' }).error?.issues[0]?.message).toMatch(/colour/);
    expect(fieldErrors(articleSchema.safeParse({ ...valid, keywords: 'refund' }))).toEqual(['keywords']);
    expect(fieldErrors(articleSchema.safeParse({ ...valid, reviewed: 'last week' }))).toEqual(['reviewed']);
  });
});

describe('contact channels', () => {
  const phone = {
    id: 'phone-us',
    kind: 'phone',
    phone: '+18882804331',
    regions: ['US'],
    serviceLanguages: ['en'],
    lastVerified: '2026-11-25',
    label: { en: 'Phone' },
  };
  it('accepts an E.164 number', () => {
    expect(channelSchema.safeParse(phone).success).toBe(true);
  });
  it('rejects a number with dashes, naming the field', () => {
    expect(fieldErrors(channelSchema.safeParse({ ...phone, phone: '+1-888-280-4331' }))).toEqual(['phone']);
  });
  it('rejects an http: contact URL and a web channel without URL', () => {
    const web = { ...phone, id: 'web', kind: 'web', phone: undefined, url: 'http://example.com/' };
    expect(fieldErrors(channelSchema.safeParse(web))).toEqual(['url']);
    expect(fieldErrors(channelSchema.safeParse({ ...web, url: undefined }))).toEqual(['url']);
  });
});

describe('categories, UI strings and site settings', () => {
  it('requires a label per locale map and a lowercase id', () => {
    expect(categorySchema.safeParse({ id: 'Contact Us', order: 1, icon: 'x', label: { en: 'C' } }).success).toBe(false);
  });
  it('fails on a missing UI string key, naming it', () => {
    const strings = Object.fromEntries(uiStringKeys.map((k) => [k, k]));
    delete strings.copy;
    expect(fieldErrors(uiStringsSchema.safeParse(strings))).toEqual(['copy']);
  });
  it('the real UI string files have every key, in every locale', () => {
    for (const locale of ['id', 'en']) {
      const data = parse(readFileSync(`content/ui/${locale}.yaml`, 'utf8'));
      expect(uiStringsSchema.safeParse(data).success, `content/ui/${locale}.yaml`).toBe(true);
    }
  });
  it('requires the default locale to be one of the locales', () => {
    const site = { name: 'P', locales: ['id', 'en'], defaultLocale: 'fr', baseUrl: 'https://x.org' };
    expect(fieldErrors(siteSettingsSchema.safeParse(site))).toEqual(['defaultLocale']);
  });
  it('normalises the base path, BASE_PATH first', () => {
    const site = siteSettingsSchema.parse({
      name: 'P',
      locales: ['id'],
      defaultLocale: 'id',
      baseUrl: 'https://x.org',
      basePath: '/docs/',
    });
    const saved = process.env.BASE_PATH;
    delete process.env.BASE_PATH;
    expect(resolveBasePath(site)).toBe('/docs/');
    process.env.BASE_PATH = 'help';
    expect(resolveBasePath(site)).toBe('/help/');
    if (saved === undefined) delete process.env.BASE_PATH;
    else process.env.BASE_PATH = saved;
  });
});

describe('decision trees', () => {
  const treeFiles = readdirSync('content/trees').filter((f) => f.endsWith('.yaml'));

  it("the editors' JSON schema describes the fields a writer fills in (npm run schemas)", () => {
    const schema = JSON.parse(jsonSchemas()['schemas/tree.schema.json']!);
    expect(Object.keys(schema.properties)).toEqual(['path', 'title', 'intro', 'home', 'start', 'nodes']);
    expect(schema.properties.nodes.items.properties.result.properties.anchor.description).toMatch(/heading/);
  });

  it.each(treeFiles)('content/trees/%s names the schema for the editor and fits it', (file) => {
    const text = readFileSync(`content/trees/${file}`, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/tree.schema.json');
    expect(treeFileSchema.safeParse(parse(text)).error?.issues ?? []).toEqual([]);
  });
});
