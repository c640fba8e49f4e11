// A site built as one shard per locale (`npm run build -- --locales en --out <dir>`, each in
// parallel) and merged (`npm run merge-shards`) is the whole build, byte for byte; a merge of
// shards that do not belong together stops with a message and writes nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteAsync, type BuildResult } from '../helpers/build.ts';
import { listFiles } from '../helpers/dist.ts';
import { repoRoot, tmpRoot } from '../helpers/paths.ts';
import { threeLanguagesContent } from '../fixtures/three-languages/content.ts';

const locales = ['id', 'en', 'ar'] as const;
const basePath = '/help/';

/** An article only in English: Indonesian (the default) and Arabic show it untranslated, searched from the English shard. */
const onlyInEnglish = `---
title: Keep your order number at hand
description: Where to find the order number an agent asks for first.
category: contact
reviewed: 2026-11-02
---

## Where it is

The order number is in the confirmation e-mail and under Orders in your account.
`;

function merge(shards: string[], out: string) {
  const result = spawnSync(process.execPath, ['scripts/merge-shards.ts', ...shards, '--out', out], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

const shardDir = (name: string) => resolve(tmpRoot, name);

let content: string;
let whole: BuildResult;
let shards: Record<(typeof locales)[number], BuildResult>;
let edited: BuildResult;
beforeAll(async () => {
  content = threeLanguagesContent('shards');
  writeFileSync(join(content, 'articles/en/order-number.mdx'), onlyInEnglish);
  // The same site with one article edited: a shard of other content.
  const editedContent = threeLanguagesContent('shards-edited');
  writeFileSync(join(editedContent, 'articles/en/order-number.mdx'), onlyInEnglish.replace('at hand', 'ready'));
  // No locks between builds: the whole build and the shards run at once.
  const [all, id, en, ar, arEdited] = await Promise.all([
    buildSiteAsync({ name: 'shards-whole', content, basePath }),
    ...locales.map((l) =>
      buildSiteAsync({
        name: `shards-${l}`,
        content,
        basePath,
        args: ['--quiet', '--locales', l, '--out', shardDir(`shards-${l}`)],
      }),
    ),
    buildSiteAsync({
      name: 'shards-ar-edited',
      content: editedContent,
      basePath,
      args: ['--quiet', '--locales', 'ar'],
    }),
  ]);
  whole = all!;
  shards = { id: id!, en: en!, ar: ar! };
  edited = arEdited!;
}, 600_000); // five builds at once on a loaded machine

describe('a site built in shards, one per locale', () => {
  it('builds each shard', () => {
    expect(whole.ok, whole.output).toBe(true);
    for (const l of locales) expect(shards[l].ok, shards[l].output).toBe(true);
    expect(edited.ok, edited.output).toBe(true);
  });

  it("renders only the shard's own locale, and indexes what other locales show untranslated from it", () => {
    const en = listFiles(shards.en.outDir);
    expect(en).toContain('en/order-number/index.html');
    expect(en.some((f) => f.startsWith('id/') || f.startsWith('ar/'))).toBe(false);
    // Indonesian and Arabic readers search the English-only article in the English shard's bundles.
    expect(en).toEqual(
      expect.arrayContaining(['pagefind/id/from-en/pagefind-entry.json', 'pagefind/ar/from-en/pagefind-entry.json']),
    );
    // What covers the whole site is left to the merge.
    expect(en).not.toContain('sitemap.xml');
    expect(en).not.toContain('sw.js');
  });

  it('merges into the whole build, byte for byte', () => {
    const out = resolve(tmpRoot, 'shards-merged');
    const merged = merge(
      locales.map((l) => shards[l].outDir),
      out,
    );
    expect(merged.ok, merged.output).toBe(true);
    expect(merged.output).toMatch(
      /^Merged 3 shards into tests\/\.tmp\/shards-merged in [\d.]+ s: \d+ pages \(id \d+, en \d+, ar \d+\)/,
    );
    const files = listFiles(whole.outDir);
    expect(files).toEqual(
      expect.arrayContaining([
        'index.html',
        '404.html',
        'robots.txt',
        'sitemap.xml',
        '_headers',
        'sw.js',
        'pagefind/ar/pandu-words.json',
        'ar/order-number/index.html',
      ]),
    );
    expect(listFiles(out)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(join(whole.outDir, f)).equals(readFileSync(join(out, f))));
    expect(differing).toEqual([]);
  });
});

describe('a cache folder used by a shard, then by a whole build', () => {
  it('leaves no article out of the whole build (the loader chooses again on every build)', async () => {
    const again = await buildSiteAsync({
      name: 'shards-whole-after-en',
      content,
      basePath,
      args: ['--quiet'],
      env: { PANDU_CACHE_DIR: resolve(tmpRoot, '.cache-shards-en') },
    });
    expect(again.ok, again.output).toBe(true);
    const files = listFiles(whole.outDir);
    expect(listFiles(again.outDir)).toEqual(files);
    expect(
      files.filter((f) => !readFileSync(join(whole.outDir, f)).equals(readFileSync(join(again.outDir, f)))),
    ).toEqual([]);
  }, 300_000);
});

describe('a merge of shards that do not belong together', () => {
  /** Runs a merge that must fail into a folder holding one file; the folder must be left as it was. */
  function failedMerge(dirs: string[]) {
    const out = resolve(tmpRoot, 'shards-refused');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'earlier.txt'), 'the site deployed before');
    const result = merge(dirs, out);
    expect(result.ok).toBe(false);
    expect(listFiles(out)).toEqual(['earlier.txt']);
    expect(existsSync(`${out}.staging`)).toBe(false);
    return result.output;
  }

  it('names the locale no shard holds', () => {
    expect(failedMerge([shards.id.outDir, shards.en.outDir])).toContain(
      'Merge stopped: No shard holds "ar" (the site\'s locales: id, en, ar). Build it with `npm run build -- --locales ar --out <folder>` and pass that folder too. Nothing was written.',
    );
  });

  it('refuses a locale given twice', () => {
    expect(failedMerge([shards.id.outDir, shards.en.outDir, shards.ar.outDir, shards.ar.outDir])).toMatch(
      /Locale "ar" is in two shards, tests\/\.tmp\/shards-ar and tests\/\.tmp\/shards-ar/,
    );
  });

  it('refuses a shard of other content', () => {
    expect(failedMerge([shards.id.outDir, shards.en.outDir, edited.outDir])).toMatch(
      /^Merge stopped: tests\/\.tmp\/shards-ar-edited and tests\/\.tmp\/shards-id were built from different content \(content \w+ and \w+\): build every shard from the same content folder\. Nothing was written\./,
    );
  });

  it('refuses a shard built by other code', () => {
    const other = resolve(tmpRoot, 'shards-ar-other-code');
    rmSync(other, { recursive: true, force: true });
    cpSync(shards.ar.outDir, other, { recursive: true });
    const manifestFile = join(other, 'pandu-shard/shard.json');
    writeFileSync(
      manifestFile,
      readFileSync(manifestFile, 'utf8').replace(/"build": "\w+"/, '"build": "0123456789abcdef"'),
    );
    expect(failedMerge([shards.id.outDir, shards.en.outDir, other])).toMatch(
      /Merge stopped: tests\/\.tmp\/shards-ar-other-code and tests\/\.tmp\/shards-id were built from different code \(build 0123456789abcdef and \w+\): build every shard from the same commit and lockfile\./,
    );
    // The merge writes sw.js with its own code: it must be the code that built the shards.
    expect(failedMerge([other, shards.id.outDir, shards.en.outDir])).toMatch(
      /Merge stopped: tests\/\.tmp\/shards-ar-other-code was built from other code \(build 0123456789abcdef\) than this checkout \(build \w+\): merge with the commit and lockfile that built the shards\./,
    );
  });

  it('refuses a folder that is no shard', () => {
    expect(failedMerge([shards.id.outDir, shards.en.outDir, whole.outDir])).toContain(
      'Merge stopped: tests/.tmp/shards-whole is not a shard: it has no pandu-shard/shard.json. Build one with `npm run build -- --locales <locales> --out tests/.tmp/shards-whole`.',
    );
  });
});
