// `npm run translations`: translated, missing or stale per article and locale, --json, the
// --mark-current edit that touches one line only, and translation tracking in the real content.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTranslationReport } from '../../src/core/translation-report.ts';
import { translationStatus, type ArticleVersion } from '../../src/core/translation-status.ts';
import { repoRoot, tmpRoot } from '../helpers/paths.ts';
import { writeFixture } from './check-helpers.ts';

function translations(dir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/translations.ts', '--content', dir, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, output: `${result.stdout}${result.stderr}` };
}

type Report = ReturnType<typeof readTranslationReport>;

/**
 * State per slug and locale: { guide: { id: 'source', en: 'translated' } }. Read in this process
 * (the report `npm run translations -- --json` prints): a command start costs a second of CPU.
 */
function states(dir: string, report: Report = readTranslationReport(dir)): Record<string, Record<string, string>> {
  return Object.fromEntries(
    report.articles.map((a) => [a.slug, Object.fromEntries(a.locales.map((l) => [l.locale, l.state]))]),
  );
}

function edit(dir: string, file: string, change: (text: string) => string) {
  const path = resolve(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

describe('translation status', () => {
  it('is translated while the source keeps the text the translation was made from', () => {
    const dir = writeFixture('translations-base');
    expect(states(dir, JSON.parse(translations(dir, '--json').stdout) as Report)).toEqual({
      guide: { id: 'source', en: 'translated' },
      other: { id: 'source', en: 'translated' },
    });
  });

  it('turns stale when the source text changes, and not for a change of spacing only', () => {
    const dir = writeFixture('translations-stale');
    // Extra blank lines, trailing spaces, Windows line ends: nothing a reader sees.
    edit(dir, 'articles/id/other.mdx', (t) =>
      t.replace('## Langkah berikutnya', '\n\n## Langkah berikutnya   ').replace(/\n/g, '\r\n'),
    );
    expect(states(dir).other).toEqual({ id: 'source', en: 'translated' });
    edit(dir, 'articles/id/other.mdx', (t) =>
      t.replace('Tunggu jawaban dari petugas.', 'Tunggu jawaban dari petugas, paling lama dua hari.'),
    );
    expect(states(dir).other).toEqual({ id: 'source', en: 'stale' });
  });

  it('is missing for a stub and for no file, untracked without translatedFrom', () => {
    const dir = writeFixture('translations-missing', 'missing-translation-stub');
    writeFileSync(
      resolve(dir, 'articles/id/only-here.mdx'),
      readFileSync(resolve(dir, 'articles/id/other.mdx'), 'utf8').replace('Artikel lain', 'Hanya di sini'),
    );
    edit(dir, 'articles/en/guide.mdx', (t) => t.replace(/^translatedFrom: .*\n/m, ''));
    expect(states(dir)).toEqual({
      guide: { id: 'source', en: 'untracked' },
      'only-here': { id: 'source', en: 'missing' },
      other: { id: 'source', en: 'translated' },
      refund: { id: 'source', en: 'missing' },
    });
  });

  it('takes the source from the default locale, unless that version was itself translated', () => {
    const version = (
      locale: string,
      hash: string,
      translatedFrom?: ArticleVersion['translatedFrom'],
    ): ArticleVersion => ({
      locale,
      slug: 'a',
      file: `articles/${locale}/a.mdx`,
      title: locale,
      stub: false,
      hash,
      translatedFrom,
    });
    const [fromDefault] = translationStatus(
      [version('id', 'aaaaaaaaaaaa'), version('en', 'bbbbbbbbbbbb', { locale: 'id', hash: 'aaaaaaaaaaaa' })],
      ['id', 'en'],
      'id',
    );
    expect(fromDefault!.locales.map((l) => l.state)).toEqual(['source', 'translated']);
    const [fromEnglish] = translationStatus(
      [version('id', 'aaaaaaaaaaaa', { locale: 'en', hash: 'bbbbbbbbbbbb' }), version('en', 'bbbbbbbbbbbb')],
      ['id', 'en'],
      'id',
    );
    expect(fromEnglish!.source).toBe('en');
    expect(fromEnglish!.locales.map((l) => l.state)).toEqual(['translated', 'source']);
  });

  it('prints a table with one row per article', () => {
    const { stdout } = translations(writeFixture('translations-table', 'stale-translation'));
    expect(stdout).toMatch(/^article {2}id {6}en\n/);
    expect(stdout).toMatch(/^guide {4}source {2}translated$/m);
    expect(stdout).toMatch(/^other {4}source {2}STALE$/m);
  });
});

describe('--mark-current', () => {
  it('records the source fingerprint by changing only the translatedFrom line', () => {
    const dir = writeFixture('translations-mark', 'stale-translation');
    const before = readFileSync(resolve(dir, 'articles/en/other.mdx'), 'utf8');
    const { status, output } = translations(dir, '--mark-current', 'other', 'en');
    expect(status).toBe(0);
    expect(output).toContain('translatedFrom set to id 39bd429101e0');
    const after = readFileSync(resolve(dir, 'articles/en/other.mdx'), 'utf8');
    const changed = after
      .split('\n')
      .map((line, i) => [i + 1, line] as const)
      .filter(([i, line]) => line !== before.split('\n')[i - 1]);
    expect(changed).toEqual([[6, 'translatedFrom: { locale: id, hash: 39bd429101e0 }']]);
    expect(states(dir).other!.en).toBe('translated');
  });

  it('adds the line before the closing "---" when there is none, keeping the rest byte for byte', () => {
    const dir = writeFixture('translations-mark-add');
    edit(dir, 'articles/en/guide.mdx', (t) => t.replace(/^translatedFrom: .*\n/m, '').replace(/\n/g, '\r\n'));
    const before = readFileSync(resolve(dir, 'articles/en/guide.mdx'), 'utf8');
    expect(translations(dir, '--mark-current', 'guide', 'en').status).toBe(0);
    const after = readFileSync(resolve(dir, 'articles/en/guide.mdx'), 'utf8');
    const hash = /hash: ([0-9a-f]{12})/.exec(after)![1];
    expect(after).toBe(
      before.replace(
        'reviewed: 2026-11-20\r\n',
        `reviewed: 2026-11-20\r\ntranslatedFrom: { locale: id, hash: ${hash} }\r\n`,
      ),
    );
    expect(states(dir).guide!.en).toBe('translated');
  });

  it.each([
    [
      'a stub',
      'missing-translation-stub',
      ['refund', 'en'],
      'is still marked "translation: missing". Translate it, delete that line, then mark it.',
    ],
    [
      'the source',
      undefined,
      ['guide', 'id'],
      'is the source text of "guide" (no other locale has text to translate from), so there is nothing to mark.',
    ],
    ['an unknown article', undefined, ['refunds', 'en'], 'There is no article "refunds".'],
  ])('refuses %s and changes nothing', (_, caseName, [slug, locale], message) => {
    const dir = writeFixture('translations-refuse', caseName);
    const file = resolve(dir, `articles/${locale}/${slug === 'refunds' ? 'guide' : slug}.mdx`);
    const before = readFileSync(file, 'utf8');
    const { status, output } = translations(dir, '--mark-current', slug!, locale!);
    expect(status).toBe(1);
    expect(output).toContain(message);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('the real content', () => {
  const realCopy = (name: string) => {
    const dir = resolve(tmpRoot, name);
    rmSync(dir, { recursive: true, force: true });
    cpSync(resolve(repoRoot, 'content'), dir, { recursive: true });
    return dir;
  };

  it('records in every English article which Indonesian text it translates', () => {
    const report = readTranslationReport(resolve(repoRoot, 'content'));
    const english = report.articles.map((a) => [a.slug, a.locales.find((l) => l.locale === 'en')!.state]);
    expect(english.filter(([, state]) => state === 'untracked' || state === 'missing')).toEqual([]);
  });

  it('shows one article stale after its Indonesian text changes, and --mark-current --all marks it again, one line only', () => {
    const dir = realCopy('translations-real');
    expect(translations(dir, '--mark-current', '--all').status).toBe(0); // whatever the text is today
    const current = states(dir);
    const slugs = Object.keys(current);
    expect(slugs.length).toBeGreaterThanOrEqual(6);
    expect(slugs.filter((slug) => current[slug]!.en !== 'translated')).toEqual([]);

    const slug = slugs[0]!;
    edit(dir, `articles/id/${slug}.mdx`, (text) => `${text.trimEnd()}\n\nSatu kalimat baru di akhir artikel.\n`);
    expect(states(dir)).toEqual({ ...current, [slug]: { id: 'source', en: 'stale' } });
    expect(translations(dir).stdout).toMatch(new RegExp(`^${slug}\\s+source\\s+STALE$`, 'm'));

    const english = resolve(dir, `articles/en/${slug}.mdx`);
    const before = readFileSync(english, 'utf8');
    const { status, stdout } = translations(dir, '--mark-current', '--all');
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1); // only the stale one
    const changed = (a: string, b: string) => a.split('\n').filter((line, i) => line !== b.split('\n')[i]);
    expect(changed(readFileSync(english, 'utf8'), before)).toEqual([
      expect.stringMatching(/^translatedFrom: \{ locale: id, hash: [0-9a-f]{12} \}$/),
    ]);
    expect(states(dir)).toEqual(current);
  });
});
