// Relevance of search on a built site: the reader queries of tests/search-queries.<locale>.json
// run through the search UI's own search (src/client/search/core.ts, via tests/build/search-node.ts).
// hit@1 / hit@3: the share of queries whose expected article is the first / among the first three
// results. Used by tests/build/search-relevance.test.ts and printed by `node scripts/bench/search.ts`.
//   node scripts/bench/search-relevance.ts --dist tests/.tmp/site [--base /]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { nodeSearch } from '../../tests/build/search-node.ts';

export interface RelevanceQuery {
  query: string;
  /** Slug of the article the reader wants. */
  expect: string;
  /** Heading id that must be the first section hit of that article. */
  section?: string;
  /** "question", "slang", "misspelling", "English words"…: what the query checks. */
  note?: string;
}

export interface Relevance {
  locale: string;
  queries: number;
  hitAt1: number;
  hitAt3: number;
  /** Queries that found nothing. */
  empty: string[];
  /** Queries whose article is not in the top 3. */
  misses: string[];
  /** Queries whose article is in the top 3 but the section named is not its first section hit. */
  sectionMisses: string[];
}

const repoRoot = join(import.meta.dirname, '../..');
export const queriesFile = (locale: string) => join(repoRoot, `tests/search-queries.${locale}.json`);

export function loadQueries(locale: string): RelevanceQuery[] {
  return (JSON.parse(readFileSync(queriesFile(locale), 'utf8')) as { queries: RelevanceQuery[] }).queries;
}

export async function measureRelevance(distDir: string, locale: string, base = '/'): Promise<Relevance> {
  const queries = loadQueries(locale);
  const engine = nodeSearch(distDir, base);
  const result: Relevance = {
    locale,
    queries: queries.length,
    hitAt1: 0,
    hitAt3: 0,
    empty: [],
    misses: [],
    sectionMisses: [],
  };
  try {
    for (const q of queries) {
      const found = await engine.search(locale, q.query, 3);
      const shown = found.groups.flatMap((g) => g.hits).slice(0, 3);
      const rank = shown.findIndex((h) => h.url === `${base}${locale}/${q.expect}/`);
      if (!found.total) result.empty.push(q.query);
      if (rank === 0) result.hitAt1 += 1;
      if (rank >= 0) result.hitAt3 += 1;
      const got = shown.map((h) => h.url).join(', ') || 'nothing';
      if (rank < 0) result.misses.push(`"${q.query}": expected ${q.expect}, got ${got}`);
      else if (q.section && !shown[rank]!.sections[0]?.url.endsWith(`#${q.section}`)) {
        result.sectionMisses.push(
          `"${q.query}": expected #${q.section} first in ${q.expect}, got ${shown[rank]!.sections.map((s) => s.url.split('#')[1]).join(', ') || 'no section'}`,
        );
      }
    }
  } finally {
    engine.close();
  }
  return result;
}

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;

/** "en: hit@1 84.7% (50/59), hit@3 98.3% (58/59), 0 empty" */
export function relevanceLine(r: Relevance): string {
  return `${r.locale}: hit@1 ${percent(r.hitAt1, r.queries)} (${r.hitAt1}/${r.queries}), hit@3 ${percent(r.hitAt3, r.queries)} (${r.hitAt3}/${r.queries}), ${r.empty.length} empty`;
}

/** Locales of a built site that have a query list whose articles it holds (a build of the real content). */
export function measuredLocales(distDir: string): string[] {
  return ['id', 'en'].filter(
    (l) =>
      existsSync(queriesFile(l)) && loadQueries(l).every((q) => existsSync(join(distDir, l, q.expect, 'index.html'))),
  );
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, base: { type: 'string', default: '/' } } });
  if (!values.dist) {
    console.error('Usage: node scripts/bench/search-relevance.ts --dist <dir> [--base /help/]');
    process.exit(1);
  }
  for (const locale of measuredLocales(values.dist)) {
    const r = await measureRelevance(values.dist, locale, values.base);
    console.log(`Search relevance, ${relevanceLine(r)}`);
    for (const miss of [...r.misses, ...r.sectionMisses]) console.log(`  miss ${miss}`);
  }
}
