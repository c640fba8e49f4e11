// A build after another of the same output folder keeps what it can (scripts/lib/build-state.ts):
// nothing changed, nothing is built; only some articles' text changed, only their pages are
// rendered and their search bundles indexed, and the site equals a full build, byte for byte;
// anything else (front matter, the output folder touched) builds everything and says why.
import { appendFileSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpRoot } from '../helpers/paths.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteAsync, type BuildResult } from '../helpers/build.ts';
import { listFiles, readPage } from '../helpers/dist.ts';
import { threeLanguagesContent } from '../fixtures/three-languages/content.ts';

const name = 'incremental';
const basePath = '/help/';
/** Not in Arabic: Arabic shows its Indonesian text (the default locale's), searched from the ar/from-id bundle. */
const untranslated = 'articles/id/chat-topics.mdx';
/** Linked from a decision tree (its headings label the tree's steps). */
const inTree = 'articles/en/resolve-a-dispute.mdx';
const addedSentence = 'Gelembung selai jeruk Zanzibar tidak pernah ditawarkan asisten.';

/** The files of two output folders that differ, by path; [] when they are equal, byte for byte. */
function differences(a: string, b: string): string[] {
  const files = listFiles(a);
  const other = listFiles(b);
  const missing = [...files.filter((f) => !other.includes(f)), ...other.filter((f) => !files.includes(f))];
  return [
    ...missing,
    ...files.filter((f) => other.includes(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))),
  ];
}

const phaseLine = (output: string, phase: string) => output.split('\n').find((line) => line.trim().startsWith(phase));

let content: string;
let first: BuildResult;
let unchanged: BuildResult;
let outputTimes: Map<string, number>;
let afterUnchanged: Map<string, number>;
let edited: BuildResult;
let full: BuildResult;
beforeAll(async () => {
  for (const folder of [name, `.cache-${name}`]) rmSync(resolve(tmpRoot, folder), { recursive: true, force: true });
  content = threeLanguagesContent(name);
  first = await buildSiteAsync({ name, content, basePath });
  const times = () => new Map(listFiles(first.outDir).map((f) => [f, statSync(join(first.outDir, f)).mtimeMs]));
  outputTimes = times();
  unchanged = await buildSiteAsync({ name, content, basePath });
  afterUnchanged = times();
  appendFileSync(join(content, untranslated), `\n${addedSentence}\n`);
  appendFileSync(join(content, inTree), '\nKeep every piece of proof until the dispute is closed.\n');
  edited = await buildSiteAsync({ name, content, basePath });
  // The same content, built whole in a cache of its own.
  full = await buildSiteAsync({ name: `${name}-full`, content, basePath, args: ['--full'] });
}, 600_000);

describe('a build after another of the same output folder', () => {
  it('builds everything the first time, and says so', () => {
    expect(first.ok, first.output).toBe(true);
    expect(phaseLine(first.output, 'changes')).toMatch(/full build: no earlier build of this output folder/);
  });

  it('when nothing changed, checks the content and leaves the site as it was', () => {
    expect(unchanged.ok, unchanged.output).toBe(true);
    expect(phaseLine(unchanged.output, 'changes')).toMatch(/nothing changed since the last build/);
    expect(phaseLine(unchanged.output, 'content check')).toMatch(/\d+ articles, 0 errors/);
    expect(phaseLine(unchanged.output, 'page render')).toBeUndefined();
    expect(unchanged.output).toMatch(
      /Up to date: \S+incremental, nothing changed since its last build \(checked in [\d.]+ s\): \d+ pages/,
    );
    expect(afterUnchanged).toEqual(outputTimes);
  });

  it('when only the text of articles changed, renders their pages again and equals a full build, byte for byte', () => {
    expect(edited.ok, edited.output).toBe(true);
    expect(full.ok, full.output).toBe(true);
    expect(phaseLine(edited.output, 'changes')).toMatch(
      /2 articles changed: articles\/en\/resolve-a-dispute\.mdx, articles\/id\/chat-topics\.mdx/,
    );
    expect(phaseLine(edited.output, 'pages kept')).toMatch(/\d+ files of the last build/);
    // The edit is on the Indonesian page and on the Arabic page that shows it untranslated.
    expect(readPage(edited.outDir, 'id/chat-topics/')).toContain(addedSentence);
    expect(readPage(edited.outDir, 'ar/chat-topics/')).toContain(addedSentence);
    expect(differences(edited.outDir, full.outDir)).toEqual([]);
  });
});

describe('a build that cannot keep the last one', () => {
  it('builds everything when an article’s front matter changed, and names the file', async () => {
    const file = join(content, untranslated);
    writeFileSync(file, readFileSync(file, 'utf8').replace('order: 3', 'order: 4'));
    const result = await buildSiteAsync({ name, content, basePath });
    expect(result.ok, result.output).toBe(true);
    expect(phaseLine(result.output, 'changes')).toMatch(
      /full build: articles\/id\/chat-topics\.mdx: front matter changed/,
    );
    expect(phaseLine(result.output, 'page render')).toBeDefined();
  }, 300_000);

  it('builds everything when the output folder was changed since, and puts back what was removed', async () => {
    rmSync(join(first.outDir, 'en/phrasebook/index.html'));
    const result = await buildSiteAsync({ name, content, basePath });
    expect(result.ok, result.output).toBe(true);
    expect(phaseLine(result.output, 'changes')).toMatch(/full build: the output folder changed since the last build/);
    expect(readPage(first.outDir, 'en/phrasebook/')).toContain('<html');
  }, 300_000);

  it('builds everything with --full', async () => {
    const result = await buildSiteAsync({ name, content, basePath, args: ['--full'] });
    expect(result.ok, result.output).toBe(true);
    expect(phaseLine(result.output, 'changes')).toMatch(/full build: --full/);
  }, 300_000);
});
