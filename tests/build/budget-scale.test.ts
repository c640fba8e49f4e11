// PRODUCT.md §5: the page chrome (an article page without its <article>) is the same size at 50
// and at 2,000 articles. Builds two generated corpora (scripts/generate-corpus.ts): 25 and 1,000
// articles in each of the two locales. Article i is the same in both, and so are its neighbours
// when its category goes on after it in the small corpus: such a page must have byte-identical chrome.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { htmlFiles } from '../helpers/dist.ts';
import { repoRoot, tmpRoot } from '../helpers/paths.ts';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { chromeBytes, withoutElement, articleBody } from '../../scripts/bench/page-weight.ts';

const KB = 1024;
const sizes = { small: 25, large: 1000 } as const;
const built: Record<keyof typeof sizes, string> = { small: '', large: '' };

beforeAll(() => {
  for (const [name, perLocale] of Object.entries(sizes) as [keyof typeof sizes, number][]) {
    const content = resolve(tmpRoot, `content-budget-scale-${name}`);
    generateCorpus({ out: content, perLocale, seed: 'budget', format: 'pandu', source: join(repoRoot, 'content') });
    const result = buildSite({ name: `budget-scale-${name}`, content });
    if (!result.ok) throw new Error(`Building ${perLocale} generated articles per locale failed:\n${result.output}`);
    built[name] = result.outDir;
  }
});

const articlePagesOf = (dir: string) =>
  htmlFiles(dir).filter((p) => /<article\b/.test(readFileSync(join(dir, p), 'utf8')));
const chromeOf = (dir: string, page: string) =>
  withoutElement(readFileSync(join(dir, page), 'utf8'), articleBody.pandu)!;

describe('page chrome at 50 and at 2,000 articles', () => {
  it('builds every generated article in both locales', () => {
    expect(articlePagesOf(built.small)).toHaveLength(2 * sizes.small);
    expect(articlePagesOf(built.large)).toHaveLength(2 * sizes.large);
  });

  it('gives the same article the same chrome, byte for byte, in the small and the large site', () => {
    // Pages whose category goes on in the small site have the same previous, next and related
    // articles in both sites; anything else in the chrome that differs grew with the site.
    const comparable = articlePagesOf(built.small).filter((p) => /\brel="next"/.test(chromeOf(built.small, p)));
    expect(comparable.length).toBeGreaterThanOrEqual(10);
    const differing = comparable.filter((p) => chromeOf(built.small, p) !== chromeOf(built.large, p));
    expect(differing).toEqual([]);
  });

  it('keeps every article page chrome within 6 KB gzip at 2,000 articles', () => {
    const sizesOver = articlePagesOf(built.large)
      .map((p) => [p, chromeBytes(readFileSync(join(built.large, p), 'utf8'))!] as const)
      .filter(([, bytes]) => bytes > 6 * KB);
    expect(sizesOver).toEqual([]);
  });
});

describe('the corpus generator behind these sizes', () => {
  const files = (dir: string) =>
    (readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f): [string, string] => [f, readFileSync(join(dir, f), 'utf8')]);
  const generate = (name: string, perLocale: number, seed: string) =>
    generateCorpus({
      out: resolve(tmpRoot, `content-budget-scale-${name}`),
      perLocale,
      seed,
      format: 'pandu',
      source: join(repoRoot, 'content'),
    }).out;

  it('writes the same articles for the same seed, and the small corpus is the start of the large one', () => {
    const again = files(generate('again', sizes.small, 'budget'));
    expect(again).toEqual(files(resolve(tmpRoot, 'content-budget-scale-small')));
    const large = new Map(files(resolve(tmpRoot, 'content-budget-scale-large')));
    for (const [file, text] of again) expect(large.get(file)).toBe(text);
  });

  it('writes other articles for another seed', () => {
    expect(files(generate('other-seed', sizes.small, 'another'))).not.toEqual(
      files(resolve(tmpRoot, 'content-budget-scale-small')),
    );
  });
});
