// An article missing in a locale is shown there in its original language with a notice.
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { fixtureContent } from '../helpers/fixture.ts';
import { fixturesRoot } from '../helpers/paths.ts';
import { readPage } from '../helpers/dist.ts';
import { findBrokenLinks } from '../helpers/links.ts';

let built: BuildResult;
beforeAll(() => {
  built = buildSite({
    name: 'fallback',
    content: fixtureContent('fallback', resolve(fixturesRoot, 'fallback/articles')),
  });
});

describe('missing translation', () => {
  it('builds', () => {
    expect(built.ok, built.output).toBe(true);
  });

  it('shows the Indonesian text under /en/ with an English notice, marked as Indonesian', () => {
    const html = readPage(built.outDir, 'en/only-in-indonesian/');
    expect(html).toMatch(/<html lang="en" dir="ltr">/);
    expect(html).toContain('This article is not yet available in English. It is shown in its original language.');
    expect(html).toMatch(/<article class="article" lang="id">/);
    expect(html).toContain('Teks ini hanya ada dalam Bahasa Indonesia.');
  });

  it('shows the English text under /id/ with an Indonesian notice', () => {
    const html = readPage(built.outDir, 'id/only-in-english/');
    expect(html).toContain('Artikel ini belum tersedia dalam Bahasa Indonesia.');
    expect(html).toMatch(/<article class="article" lang="en">/);
  });

  it('shows no notice on a translated article', () => {
    const html = readPage(built.outDir, 'en/in-both/');
    expect(html).not.toContain('not yet available');
    expect(html).toContain('English text.');
  });

  it('keeps links inside a fallback page working in the reader locale', () => {
    expect(findBrokenLinks(built.outDir)).toEqual([]);
    expect(readPage(built.outDir, 'en/only-in-indonesian/')).toContain('href="../in-both/"');
  });
});
