// The facts cache: a second run reads what the first parsed and reports the same problems, and
// articles parsed on several cores give the same facts as parsed one by one.
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts, extractHead } from '../../src/core/article-facts.ts';
import { FactsCache } from '../../src/core/facts-cache.ts';
import { lintContent } from '../../src/core/lint.ts';
import { tmpRoot } from '../helpers/paths.ts';
import { fixtureFiles, today } from './check-helpers.ts';

describe('facts cache', () => {
  it('gives the same problems from the cache as from parsing', () => {
    const file = resolve(tmpRoot, 'check-cache/facts.json');
    rmSync(file, { force: true });
    const files = fixtureFiles('link-anchor');
    const parsed = lintContent(files, { today });
    const first = new FactsCache(file);
    expect(lintContent(files, { today }, first)).toEqual(parsed);
    first.save();
    // A new cache object reads the file: no article is parsed again.
    expect(first.parsed).toBeGreaterThan(0);
    const second = new FactsCache(file);
    expect(lintContent(files, { today }, second)).toEqual(parsed);
    expect(second.parsed).toBe(0);
  });

  it('kept across checks (npm run dev), parses only a changed article and writes only the articles checked last', () => {
    const file = resolve(tmpRoot, 'check-cache/kept.json');
    rmSync(file, { force: true });
    const files = fixtureFiles('link-anchor');
    const cache = new FactsCache(file);
    lintContent(files, { today }, cache);
    cache.save();
    const articles = [...files.texts.keys()].filter((f) => f.startsWith('articles/'));
    const changed = articles[0]!;
    const edited = {
      ...files,
      texts: new Map(files.texts).set(changed, `${files.texts.get(changed)}\nOne more line.\n`),
    };
    cache.nextRun();
    expect(lintContent(edited, { today }, cache)).toEqual(lintContent(edited, { today }));
    // The changed article's head and body, nothing else.
    expect(cache.parsed).toBe(2);
    cache.save();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(saved.entries)).toHaveLength(articles.length);
  });

  it('parses many new articles in worker threads with the same result', async () => {
    const base = [...fixtureFiles().texts].filter(([f]) => f.startsWith('articles/')).map(([, text]) => text);
    // Enough distinct texts for the workers to start.
    const texts = Array.from({ length: 240 }, (_, i) => `${base[i % base.length]}\n\nParagraph ${i}.\n`);
    const cache = new FactsCache();
    await cache.prefill(texts);
    for (const text of [texts[0]!, texts[123]!, texts[239]!]) {
      expect(cache.head(text)).toEqual(extractHead(text));
      expect(cache.body(text)).toEqual(JSON.parse(JSON.stringify(extractFacts(text))));
    }
    // With two cores or more, the workers parsed them all: nothing was parsed in this thread.
    expect(cache.parsed).toBe(availableParallelism() >= 2 ? 0 : 6);
  });
});
