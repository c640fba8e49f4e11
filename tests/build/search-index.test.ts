// The search index `npm run build` writes: one Pagefind bundle per locale, article text only,
// untranslated articles in the index of their own language, a clear error when indexing fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { fixtureContent } from '../helpers/fixture.ts';
import { fixturesRoot, siteDir, tmpRoot } from '../helpers/paths.ts';
import { listFiles } from '../helpers/dist.ts';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';
import { nodeSearch, type NodeSearch } from './search-node.ts';

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}
/** Every page a bundle ("id", "id/from-en") holds, as Pagefind stored it. */
function fragments(dir: string, bundle: string): Fragment[] {
  return listFiles(resolve(dir, 'pagefind', bundle))
    .filter((f) => f.startsWith('fragment/'))
    .map(
      (f) =>
        JSON.parse(
          gunzipSync(readFileSync(resolve(dir, 'pagefind', bundle, f)))
            .toString('utf8')
            .slice('pagefind_dcd'.length),
        ) as Fragment,
    )
    .sort((a, b) => a.url.localeCompare(b.url));
}

describe('search index of the real content', () => {
  it('has one bundle per locale with only the files the JS API loads', () => {
    const files = listFiles(resolve(siteDir, 'pagefind'));
    for (const locale of ['id', 'en']) {
      expect(files).toContain(`${locale}/pagefind.js`);
      expect(files).toContain(`${locale}/wasm.${locale}.pagefind`);
      expect(
        JSON.parse(readFileSync(resolve(siteDir, 'pagefind', locale, 'pagefind-entry.json'), 'utf8')).languages,
      ).toHaveProperty(locale);
    }
    expect(files.filter((f) => /pagefind-(ui|component-ui|modular-ui|worker|highlight)\./.test(f))).toEqual([]);
  });

  it('indexes exactly the article pages of each locale, with title, category and keywords', () => {
    for (const locale of ['id', 'en']) {
      const pages = fragments(siteDir, locale);
      const articles = listFiles(resolve(siteDir, locale))
        .filter(
          (f) =>
            f.endsWith('/index.html') &&
            readFileSync(resolve(siteDir, locale, f), 'utf8').includes('<article class="article"'),
        )
        .map((f) => `/${locale}/${f.replace(/index\.html$/, '')}`);
      expect(pages.map((p) => p.url)).toEqual(articles.sort());
      for (const page of pages) {
        expect(page.meta.title, page.url).toBeTruthy();
        expect(page.filters.category, page.url).toHaveLength(1);
        expect(page.meta.language, page.url).toBe(locale);
      }
    }
    const contact = fragments(siteDir, 'en').find((p) => p.url === '/en/contact-customer-service/')!;
    expect(contact.meta.keywords).toContain('customer service');
    expect(contact.meta.category).toBe('Contacting customer service');
  });

  it('writes each locale’s words next to its bundle: the writers’ synonyms and stop words, and the articles’ vocabulary', () => {
    const words = (locale: string) =>
      JSON.parse(readFileSync(resolve(siteDir, 'pagefind', locale, 'pandu-words.json'), 'utf8')) as {
        synonyms: string[][];
        stopWords: string[];
        words: string[];
      };
    const id = words('id');
    expect(id.synonyms).toContainEqual(expect.arrayContaining(['nelpon', 'telepon']));
    expect(id.stopWords).toContain('gimana');
    expect(id.words).toEqual(expect.arrayContaining(['refund', 'komplain', 'telepon', 'pengembalian']));
    // Only the articles' words: not the page chrome, not the other locale's text.
    expect(id.words).not.toContain('lewati');
    expect(id.words).not.toContain('shoppers');
    expect(new Set(id.words).size).toBe(id.words.length);
    expect(words('en').words).toContain('refund');
    expect(words('en').stopWords).toContain('how');
    // Small enough to load with the first search.
    expect(gzipSync(readFileSync(resolve(siteDir, 'pagefind/id/pandu-words.json'))).length).toBeLessThan(8 * 1024);
  });

  it('keeps the page chrome out of the text', () => {
    for (const page of fragments(siteDir, 'id')) {
      for (const chrome of [
        'Lewati ke konten',
        'Pilih bahasa Anda',
        'Di halaman ini',
        'Ditinjau:',
        'Simpan sebagai PDF',
        'Artinya:',
      ]) {
        expect(page.content, `${page.url}: "${chrome}"`).not.toContain(chrome);
      }
    }
  });
});

describe('search index of a fixture with untranslated articles, under /help/', () => {
  let built: BuildResult;
  let engine: NodeSearch;
  beforeAll(() => {
    built = buildSite({
      name: 'search-index',
      basePath: '/help/',
      content: fixtureContent('search-index', resolve(fixturesRoot, 'search/articles')),
    });
    engine = nodeSearch(built.outDir, '/help/');
  });
  afterAll(() => engine?.close());

  it('builds', () => {
    expect(built.ok, built.output).toBe(true);
  });

  it('keeps an untranslated article out of the other locale’s own index, in a bundle of its language under the reader’s URL', () => {
    expect(fragments(built.outDir, 'id').map((p) => p.url)).toEqual(['/id/both/', '/id/voucher/']);
    expect(fragments(built.outDir, 'en').map((p) => p.url)).toEqual(['/en/both/', '/en/return-labels/']);
    const fromEn = fragments(built.outDir, 'id/from-en');
    expect(fromEn.map((p) => [p.url, p.meta.language])).toEqual([['/id/return-labels/', 'en']]);
    expect(fromEn[0]!.content).toContain('zebracrate');
    expect(fragments(built.outDir, 'en/from-id').map((p) => p.url)).toEqual(['/en/voucher/']);
    expect(
      JSON.parse(readFileSync(resolve(built.outDir, 'pagefind/id/from-en/pagefind-entry.json'), 'utf8')).languages,
    ).toHaveProperty('en');
    // Merged into the id search, it uses the engine already loaded: no second copy of it.
    expect(listFiles(resolve(built.outDir, 'pagefind/id/from-en')).filter((f) => /pagefind\.js$|wasm/.test(f))).toEqual(
      [],
    );
  });

  it('indexes the article text but not the phrase in the agent’s language, labels, buttons, contents or footnotes', () => {
    const page = fragments(built.outDir, 'id').find((p) => p.url === '/id/both/')!;
    for (const text of ['pelikanbiru', 'tapirhijau', 'bunglonmerah', 'walrusungu', 'Tolong kirimkan kepada saya'])
      expect(page.content).toContain(text);
    for (const text of [
      'kangarooword',
      'kakifootnotekata',
      'Metode 1 dari 2',
      'Di halaman ini',
      'Saran:',
      'Artinya',
      'Simpan sebagai PDF',
    ]) {
      expect(page.content, text).not.toContain(text);
    }
    expect(page.meta.keywords).toBe('sinonimrahasia, typo pencarian, secretsynonym');
  });

  it('finds an article by a keyword that is not in its text, also one written in its translation', async () => {
    expect((await engine.search('id', 'sinonimrahasia')).groups[0]!.hits.map((h) => h.url)).toEqual(['/help/id/both/']);
    expect((await engine.search('id', 'secretsynonym')).groups[0]!.hits.map((h) => h.url)).toEqual(['/help/id/both/']);
  });

  it('finds an untranslated article from the other locale in a group of its own language, linked in the reader’s locale', async () => {
    const result = await engine.search('id', 'zebracrate');
    expect(result.groups.map((g) => g.locale)).toEqual(['en']);
    expect(result.groups[0]!.hits[0]!.url).toBe('/help/id/return-labels/');
    const sections = (await engine.search('id', 'quokkaprint')).groups[0]!.hits[0]!.sections;
    expect(sections.map((s) => s.url)).toEqual(['/help/id/return-labels/#print-the-label-at-a-shop']);
  });

  it('never shows a locale’s readers another locale’s translated article', async () => {
    expect((await engine.search('id', 'bluepelican')).total).toBe(0);
    expect((await engine.search('en', 'pelikanbiru')).total).toBe(0);
    expect((await engine.search('en', 'voucher')).groups.map((g) => [g.locale, g.hits[0]!.url])).toEqual([
      ['id', '/help/en/voucher/'],
    ]);
  });

  it('filters by category', async () => {
    expect((await engine.search('id', 'pelikanbiru', 10, 'talking')).total).toBe(1);
    expect((await engine.search('id', 'pelikanbiru', 10, 'disputes')).total).toBe(0);
  });
});

describe('an indexing problem', () => {
  const dir = resolve(tmpRoot, 'search-index-broken');
  beforeAll(() => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(resolve(dir, 'id/wrong-lang'), { recursive: true });
    writeFileSync(
      resolve(dir, 'id/wrong-lang/index.html'),
      '<!doctype html><html lang="en"><body><article data-pagefind-body><h1>Hi</h1></article></body></html>',
    );
  });

  it('stops with the file and what to fix', async () => {
    await expect(buildSearchIndex(dir, { locales: ['id'], built: ['id'], routes: [] })).rejects.toThrow(
      /^Search index: tests\/\.tmp\/search-index-broken\/id\/wrong-lang\/index\.html: <html lang="en"> but the page is under \/id\/\. Pages of a locale must declare its language\.$/,
    );
  });
});
