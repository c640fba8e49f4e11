// Builds of different content folders at the same time (tests, shards on one machine) never mix:
// each has its own output, cache and Astro root, with no lock between them.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSiteAsync } from '../helpers/build.ts';
import { fixtureContent } from '../helpers/fixture.ts';
import { fixturesRoot } from '../helpers/paths.ts';

describe('builds at the same time', () => {
  it('each site holds its own articles and none of the other', async () => {
    const searchContent = fixtureContent('parallel-search', join(fixturesRoot, 'search/articles'));
    const fallbackContent = fixtureContent('parallel-fallback', join(fixturesRoot, 'fallback/articles'));
    const [search, fallback] = await Promise.all([
      buildSiteAsync({ name: 'parallel-search', content: searchContent }),
      buildSiteAsync({ name: 'parallel-fallback', content: fallbackContent }),
    ]);
    expect(search.ok, search.output).toBe(true);
    expect(fallback.ok, fallback.output).toBe(true);
    const has = (dist: string, page: string) => existsSync(join(dist, page, 'index.html'));
    expect(has(search.outDir, 'id/voucher')).toBe(true);
    expect(has(search.outDir, 'en/return-labels')).toBe(true);
    expect(has(search.outDir, 'id/only-in-indonesian')).toBe(false);
    expect(has(fallback.outDir, 'id/only-in-indonesian')).toBe(true);
    expect(has(fallback.outDir, 'en/only-in-english')).toBe(true);
    expect(has(fallback.outDir, 'id/voucher')).toBe(false);
  });

  it('builds with its cache and output folders outside the repository (such as /tmp on a host)', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'pandu-outside-'));
    try {
      const outDir = join(outside, 'site');
      const content = fixtureContent('outside-search', join(fixturesRoot, 'search/articles'));
      const built = await buildSiteAsync({
        name: 'outside-search',
        content,
        env: { PANDU_OUT_DIR: outDir, PANDU_CACHE_DIR: join(outside, 'cache') },
      });
      expect(built.ok, built.output).toBe(true);
      expect(readFileSync(join(outDir, 'id/voucher/index.html'), 'utf8')).toContain('<h1');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
