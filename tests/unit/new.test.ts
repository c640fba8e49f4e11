// `npm run new`: an article in every locale with valid front matter, stubs that the site shows
// as untranslated, clear refusals, and never a lost file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/core/content-files.ts';
import { lintContent } from '../../src/core/lint.ts';
import { repoRoot } from '../helpers/paths.ts';
import { today, writeFixture } from './check-helpers.ts';

function newArticle(dir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/new.ts', ...args, '--content', dir], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const shown = (dir: string, file: string) => relative(repoRoot, resolve(dir, file));

describe('npm run new', () => {
  it('creates a draft in the default locale and a stub in every other locale', () => {
    const dir = writeFixture('new-creates');
    const { status, output } = newArticle(dir, 'refund-policy', '--category', 'disputes');
    expect(status).toBe(0);
    expect(output).toContain(
      `Created ${shown(dir, 'articles/id/refund-policy.mdx')} (write the article here; "draft: true" keeps it off the site until you delete that line)`,
    );
    expect(output).toContain(`Created ${shown(dir, 'articles/en/refund-policy.mdx')} (marked "translation: missing"`);

    const draft = readFileSync(resolve(dir, 'articles/id/refund-policy.mdx'), 'utf8');
    expect(draft).toMatch(/^---\ntitle: Refund policy\n/);
    expect(draft).toContain('\ncategory: disputes\n');
    expect(draft).toContain('\ndraft: true\n---\n');
    const stub = readFileSync(resolve(dir, 'articles/en/refund-policy.mdx'), 'utf8');
    expect(stub).toContain('\ntranslation: missing\n');

    // Valid front matter: no errors, only the reminder that it is a draft (its TODO text is fine there).
    const problems = lintContent(readContentFiles(dir), { today }).filter((p) => p.file.includes('refund-policy'));
    expect(problems.map((p) => [p.rule, p.file, p.severity])).toEqual([
      ['draft', 'articles/id/refund-policy.mdx', 'warning'],
    ]);
  });

  it('makes the TODO text an error once the writer deletes "draft: true" without writing the article', () => {
    const dir = writeFixture('new-published-too-soon');
    expect(newArticle(dir, 'refund-policy', '--category', 'disputes').status).toBe(0);
    const path = resolve(dir, 'articles/id/refund-policy.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace('draft: true\n', ''));
    const problems = lintContent(readContentFiles(dir), { today }).filter(
      (p) => p.file === 'articles/id/refund-policy.mdx',
    );
    expect(problems.map((p) => [p.rule, p.line, p.severity])).toEqual([
      ['placeholder-text', 3, 'error'],
      ['placeholder-text', 13, 'error'],
    ]);
  });

  it('writes the draft in the locale given with --locale and a title given with --title', () => {
    const dir = writeFixture('new-locale');
    expect(
      newArticle(
        dir,
        'track-a-parcel',
        '--category',
        'contact',
        '--locale',
        'en',
        '--title',
        'Track a parcel: step by step',
      ).status,
    ).toBe(0);
    expect(readFileSync(resolve(dir, 'articles/en/track-a-parcel.mdx'), 'utf8')).toContain(
      'title: "Track a parcel: step by step"\n',
    );
    expect(readFileSync(resolve(dir, 'articles/id/track-a-parcel.mdx'), 'utf8')).toContain('translation: missing');
  });

  it('never overwrites: one existing file stops it, and nothing is written', () => {
    const dir = writeFixture('new-no-overwrite');
    mkdirSync(resolve(dir, 'articles/en'), { recursive: true });
    const mine = '---\ntitle: My words\n---\n\nDo not lose me.\n';
    writeFileSync(resolve(dir, 'articles/en/refund-policy.mdx'), mine);
    const { status, output } = newArticle(dir, 'refund-policy', '--category', 'disputes');
    expect(status).toBe(1);
    expect(output).toContain(
      `The article "refund-policy" already exists: ${shown(dir, 'articles/en/refund-policy.mdx')}. Nothing was written.`,
    );
    expect(readFileSync(resolve(dir, 'articles/en/refund-policy.mdx'), 'utf8')).toBe(mine);
    expect(existsSync(resolve(dir, 'articles/id/refund-policy.mdx'))).toBe(false);
  });

  it('refuses when the article exists: running it twice changes nothing the writer wrote', () => {
    const dir = writeFixture('new-twice');
    expect(newArticle(dir, 'refund-policy', '--category', 'disputes').status).toBe(0);
    const path = resolve(dir, 'articles/id/refund-policy.mdx');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nA sentence the writer added.\n`);
    const written = readFileSync(path, 'utf8');
    expect(newArticle(dir, 'refund-policy', '--category', 'disputes').status).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe(written);
  });

  it.each([
    [
      'Refund Policy',
      '"Refund Policy" is not a valid slug: use lowercase letters, digits and single "-" between words, such as "refund-policy".',
    ],
    [
      'refund--policy',
      '"refund--policy" is not a valid slug: use lowercase letters, digits and single "-" between words, such as "refund-policy".',
    ],
    ['search', '"search" is the URL of another page of the site. Choose another slug, such as "search-help".'],
  ])('rejects the slug %j with a clear message', (slug, message) => {
    const dir = writeFixture('new-bad-slug');
    const { status, output } = newArticle(dir, slug, '--category', 'disputes');
    expect(status).toBe(1);
    expect(output).toContain(message);
    expect(readContentFiles(dir).texts.size).toBe(readContentFiles(writeFixture('new-bad-slug-ref')).texts.size);
  });

  it('names the categories when one is missing or misspelt', () => {
    const dir = writeFixture('new-category');
    expect(newArticle(dir, 'refund-policy').output).toContain(
      "Name the article's category with --category <id>. Categories: contact, disputes.",
    );
    expect(newArticle(dir, 'refund-policy', '--category', 'dispute').output).toContain(
      'There is no category "dispute" in categories.yaml. Did you mean "disputes"?',
    );
  });
});
