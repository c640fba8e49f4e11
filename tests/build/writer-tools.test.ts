// The writers' commands meeting the build: an article from `npm run new` builds, a content mistake
// stops the build with `npm run check`'s own line, and the reviewers' translation page lists the
// real content. (Moved from tests/unit so that `npm run test:unit` never waits for a build.)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTranslationReport } from '../../src/core/translation-report.ts';
import { buildSite } from '../helpers/build.ts';
import { attrs, readPage } from '../helpers/dist.ts';
import { repoRoot, siteDir } from '../helpers/paths.ts';
import { todayText, writeFixture } from '../unit/check-helpers.ts';

function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, output: `${result.stdout}${result.stderr}` };
}

describe('npm run new', () => {
  it('writes a draft: the site builds without it, and with it once the writer wrote it and deleted "draft: true"', () => {
    const dir = writeFixture('new-build-content');
    expect(
      run('new', 'refund-policy', '--category', 'disputes', '--title', 'Kebijakan pengembalian dana', '--content', dir)
        .status,
    ).toBe(0);
    // The scaffold's TODO text is never published: no page in any locale, no sitemap entry.
    const draft = buildSite({ name: 'new-build', content: dir });
    expect(draft.output).toContain('articles/id/refund-policy.mdx:8:1  warning  This article is a draft');
    expect(draft.output).toContain('0 errors, 1 warning.');
    expect(draft.ok).toBe(true);
    for (const locale of ['id', 'en']) expect(existsSync(resolve(draft.outDir, locale, 'refund-policy'))).toBe(false);
    expect(readFileSync(resolve(draft.outDir, 'sitemap.xml'), 'utf8')).not.toContain('refund-policy');

    const file = resolve(dir, 'articles/id/refund-policy.mdx');
    const written = readFileSync(file, 'utf8')
      .replace('draft: true\n', '')
      .replace(/^description: .*$/m, 'description: Kapan dan bagaimana uang Anda kembali.')
      .replace(/TODO: /g, '');
    writeFileSync(file, written);
    const build = buildSite({ name: 'new-build', content: dir });
    expect(build.output).toContain('0 errors, 1 warning.'); // the English stub: not translated yet
    expect(build.ok).toBe(true);
    const en = readPage(build.outDir, 'en/refund-policy/');
    expect(en).toContain('<h1>Kebijakan pengembalian dana</h1>');
    expect(en).toMatch(/<article class="article" lang="id"/);
    expect(en).toMatch(/<p class="notice" role="note">/);
    expect(en).not.toContain('Not translated yet (id).'); // the stub's own text is never shown
  });
});

describe('the build runs the check first', () => {
  it('stops with the same line as npm run check, and no stack trace', () => {
    const dir = writeFixture('check-build-stop-content', 'mdx-syntax-unclosed-tag');
    const { stdout } = run('check', '--today', todayText, '--content', dir);
    const line = stdout.split('\n').find((l) => l.includes('(mdx-syntax)'))!;
    const build = buildSite({ name: 'check-build-stop', content: dir });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(line);
    expect(build.output).toContain('Build stopped;');
    expect(build.output).not.toMatch(/^\s+at /m);
  });
});

describe("the reviewers' page", () => {
  it.each(['id', 'en'])('lists every article of the real content with its state (/%s/translations/)', (locale) => {
    const html = readPage(siteDir, `${locale}/translations/`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    const report = readTranslationReport(resolve(repoRoot, 'content'));
    expect(attrs(html, 'tr', 'data-slug')).toEqual(report.articles.map((a) => a.slug));
    const expected = report.articles.flatMap((a) => a.locales.map((l) => l.state));
    expect(attrs(html, 'td', 'data-state')).toEqual(expected);
  });
});
