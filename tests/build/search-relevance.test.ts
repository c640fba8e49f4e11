// Relevance: the queries of tests/search-queries.<locale>.json, typed as readers type them
// (questions, slang, misspellings, the other language's words), run through the search UI's own
// search (src/client/search/core.ts, what the browser's search worker runs) against the built
// index of the real content. Prints hit@1 and hit@3; asserts hit@3 >= 95%, that no query finds
// nothing, and that a named section is the first section hit ("call" → the phone section).
import { beforeAll, describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/paths.ts';
import { loadQueries, measureRelevance, relevanceLine, type Relevance } from '../../scripts/bench/search-relevance.ts';

describe.each(['id', 'en'])('search relevance (%s)', (locale) => {
  const queries = loadQueries(locale);
  let relevance: Relevance;
  beforeAll(async () => {
    relevance = await measureRelevance(siteDir, locale);
    console.log(`Search relevance, ${relevanceLine(relevance)}`);
  });

  it('has at least 40 reader queries: questions, slang, misspellings and words of the other language', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    const noted = (pattern: RegExp) => queries.filter((q) => pattern.test(q.note ?? '')).length;
    expect(noted(/misspelling/)).toBeGreaterThanOrEqual(Math.ceil(queries.length / 10));
    expect(noted(/question/)).toBeGreaterThanOrEqual(5);
    expect(noted(/slang/)).toBeGreaterThanOrEqual(3);
    expect(noted(/English|Indonesian/)).toBeGreaterThanOrEqual(3);
    expect(new Set(queries.map((q) => q.query)).size).toBe(queries.length);
  });

  it('finds something for every query', () => {
    expect(relevance.empty).toEqual([]);
  });

  it('puts the expected article in the top 3 for at least 95% of the queries', () => {
    expect(relevance.hitAt3 / relevance.queries, relevance.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('shows the section a query is about as the article’s first section', () => {
    expect(queries.filter((q) => q.section).length).toBeGreaterThanOrEqual(3);
    expect(relevance.sectionMisses).toEqual([]);
  });
});
