// Which articles a shard renders, which search bundles it writes, how the merge adds word counts,
// and the CI files of docs/scaling.md (they must list the site's locales and the real commands).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderedArticleIds, routesOf, searchBundlesOf } from '../../src/lib/shard.ts';
import { addWordCounts, type WordCount } from '../../src/integrations/search-index.ts';
import { parseLocalesFlag } from '../../scripts/lib/shards.ts';
import { readSiteSettings } from '../../src/lib/site-settings.ts';
import { repoRoot } from '../helpers/paths.ts';

// English is the default; "refund" exists everywhere, "voucher" only in Indonesian, "return"
// in English with an Indonesian stub (`translation: missing`), "track" only in Arabic.
const entries = [
  { id: 'en/refund', stub: false },
  { id: 'id/refund', stub: false },
  { id: 'ar/refund', stub: false },
  { id: 'id/voucher', stub: false },
  { id: 'en/return', stub: false },
  { id: 'id/return', stub: true },
  { id: 'ar/track', stub: false },
];
const routes = routesOf(entries, ['en', 'id', 'ar'], 'en');

describe('a shard', () => {
  it('renders its own articles and the originals of its fallbacks, nothing else', () => {
    expect([...renderedArticleIds(routes, ['id'], new Set())].sort()).toEqual([
      'ar/track',
      'en/return',
      'id/refund',
      'id/voucher',
    ]);
    expect([...renderedArticleIds(routes, ['en'], new Set())].sort()).toEqual([
      'ar/track',
      'en/refund',
      'en/return',
      'id/voucher',
    ]);
  });

  it('also renders every text of an article a decision tree points at (its headings are checked in each locale)', () => {
    expect([...renderedArticleIds(routes, ['ar'], new Set(['refund']))].sort()).toEqual([
      'ar/refund',
      'ar/track',
      'en/refund',
      'en/return',
      'id/refund',
      'id/voucher',
    ]);
  });

  it("lists a locale's search bundles, its own first, then those of the languages it shows untranslated", () => {
    expect(searchBundlesOf(routes, 'id')).toEqual(['id', 'id/from-ar', 'id/from-en']);
    expect(searchBundlesOf(routes, 'en')).toEqual(['en', 'en/from-ar', 'en/from-id']);
    // A locale with no article of its own starts from its first from-<language> bundle.
    const onlyEnglish = routesOf([{ id: 'en/refund', stub: false }], ['en', 'id'], 'en');
    expect(searchBundlesOf(onlyEnglish, 'id')).toEqual(['id/from-en']);
  });
});

describe('the merge', () => {
  it('adds the word counts of every shard per locale', () => {
    const words = (counts: [string, number][]): WordCount => ({
      synonyms: [['refund', 'money back']],
      stopWords: ['the'],
      counts: new Map(counts),
    });
    const total = addWordCounts([
      new Map([
        [
          'id',
          words([
            ['dana', 3],
            ['constructor', 1],
          ]),
        ],
      ]),
      new Map([
        [
          'id',
          words([
            ['dana', 2],
            ['refund', 1],
          ]),
        ],
        ['en', words([['refund', 4]])],
      ]),
    ]);
    expect([...total.get('id')!.counts]).toEqual([
      ['dana', 5],
      ['constructor', 1],
      ['refund', 1],
    ]);
    expect([...total.get('en')!.counts]).toEqual([['refund', 4]]);
    expect(total.get('id')!.synonyms).toEqual([['refund', 'money back']]);
  });
});

describe('--locales', () => {
  it("takes commas or repeats, in the site's order", () => {
    expect(parseLocalesFlag(['en,ar'], ['id', 'en', 'ar'])).toEqual(['en', 'ar']);
    expect(parseLocalesFlag(['ar', 'id'], ['id', 'en', 'ar'])).toEqual(['id', 'ar']);
  });

  it('names a locale the site does not have', () => {
    expect(() => parseLocalesFlag(['fr'], ['id', 'en'])).toThrow(
      '--locales: "fr" is not a locale of this site. Use some of: id, en (content/site.yaml).',
    );
  });
});

describe('the CI files of docs/scaling.md', () => {
  const locales = readSiteSettings(join(repoRoot, 'content')).locales;
  const read = (file: string) => parse(readFileSync(join(repoRoot, 'deploy/ci', file), 'utf8'));

  it('GitHub Actions: one shard job per locale of the site, then the merge', () => {
    const workflow = read('github-actions-shards.yml');
    expect([...workflow.jobs.shard.strategy.matrix.locale].sort()).toEqual([...locales].sort());
    const runs = (job: { steps: { run?: string }[] }) => job.steps.flatMap((s) => (s.run ? [s.run] : []));
    expect(runs(workflow.jobs.shard)).toContain(
      'npm run build -- --locales ${{ matrix.locale }} --out shards/${{ matrix.locale }}',
    );
    expect(workflow.jobs.merge.needs).toBe('shard');
    expect(runs(workflow.jobs.merge)).toContain('npm run merge-shards -- shards/* --out dist');
  });

  it('GitLab CI: the same, with a parallel matrix', () => {
    const pipeline = read('gitlab-ci-shards.yml');
    expect([...pipeline.shard.parallel.matrix[0].LOCALE].sort()).toEqual([...locales].sort());
    expect(pipeline.shard.script).toContain('npm run build -- --locales "$LOCALE" --out "shards/$LOCALE"');
    expect(pipeline.merge.needs).toEqual(['shard']);
    expect(pipeline.merge.script).toContain('npm run merge-shards -- shards/* --out dist');
  });
});
