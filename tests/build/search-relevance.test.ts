// Relevance: the queries of tests/search-queries.<locale>.json, typed as readers type them, run
// through the search UI's own engine against the built index of the real content. Each expected
// article must be among the first three results the reader sees (and its section among the
// section hits, when one is named).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot, siteDir } from '../helpers/paths.ts';
import { nodeSearch, type NodeSearch } from './search-node.ts';

interface Query {
  query: string;
  /** Slug of the article that must be in the top 3. */
  expect: string;
  /** Heading id that must be among that article's section hits. */
  section?: string;
  /** "misspelling", "English words", …: what the query checks. */
  note?: string;
}
const load = (locale: string) =>
  (JSON.parse(readFileSync(resolve(repoRoot, `tests/search-queries.${locale}.json`), 'utf8')) as { queries: Query[] }).queries;

let engine: NodeSearch;
beforeAll(() => {
  engine = nodeSearch(siteDir);
});
afterAll(() => engine?.close());

describe.each(['id', 'en'])('search relevance (%s)', (locale) => {
  const queries = load(locale);

  it('has at least 25 queries, one misspelling in ten, and words of the other language', () => {
    expect(queries.length).toBeGreaterThanOrEqual(25);
    expect(queries.filter((q) => q.note === 'misspelling').length).toBeGreaterThanOrEqual(Math.ceil(queries.length / 10));
    expect(queries.some((q) => /English|Indonesian/.test(q.note ?? ''))).toBe(true);
    expect(new Set(queries.map((q) => q.query)).size).toBe(queries.length);
  });

  it('puts the expected article in the top 3 for every query', async () => {
    const misses: string[] = [];
    for (const q of queries) {
      const result = await engine.search(locale, q.query, 3);
      const shown = result.groups.flatMap((g) => g.hits).slice(0, 3);
      const hit = shown.find((h) => h.url === `/${locale}/${q.expect}/`);
      if (!hit) misses.push(`"${q.query}": expected ${q.expect}, got ${shown.map((h) => h.url).join(', ') || 'nothing'}`);
      else if (q.section && !hit.sections.some((s) => s.url.endsWith(`#${q.section}`))) {
        misses.push(`"${q.query}": expected section #${q.section} of ${q.expect}, got ${hit.sections.map((s) => s.url).join(', ') || 'none'}`);
      }
    }
    expect(misses).toEqual([]);
  });
});
