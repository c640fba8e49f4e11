// What a build keeps of the last one (scripts/lib/build-state.ts) and which pages and search
// bundles an incremental build makes again (src/lib/incremental.ts). The builds themselves, and
// their equality with a full build: tests/build/incremental.test.ts.
import { describe, expect, it } from 'vitest';
import { decideBuild, type BuildInputs, type BuildState } from '../../scripts/lib/build-state.ts';
import { articlesToRender, changedBundles } from '../../src/lib/incremental.ts';
import { articleRoutes } from '../../src/lib/i18n.ts';

const inputs = (): BuildInputs => ({
  code: 'code-1',
  settings: 'settings-1',
  files: { 'site.yaml': 'site-1', 'trees/which-topic.yaml': 'tree-1' },
  frontMatter: { 'articles/en/refund.mdx': 'fm-1', 'articles/id/refund.mdx': 'fm-2' },
  bodies: { 'articles/en/refund.mdx': 'body-1', 'articles/id/refund.mdx': 'body-2' },
});
const state = (): BuildState => ({ version: 1, ...inputs(), output: 'stamp-1' });

describe('what a build keeps of the last one', () => {
  it('nothing, without an earlier build or when its output folder changed since', () => {
    expect(decideBuild(undefined, 'stamp-1', inputs())).toEqual({
      kind: 'full',
      reason: 'no earlier build of this output folder',
    });
    expect(decideBuild(state(), 'stamp-2', inputs())).toEqual({
      kind: 'full',
      reason: 'the output folder changed since the last build',
    });
    expect(decideBuild(state(), undefined, inputs()).kind).toBe('full');
  });

  it('nothing, when the code, the settings or a data file changed, and says which', () => {
    expect(decideBuild(state(), 'stamp-1', { ...inputs(), code: 'code-2' })).toMatchObject({
      reason: 'the code or its dependencies changed',
    });
    expect(decideBuild(state(), 'stamp-1', { ...inputs(), settings: 'settings-2' })).toMatchObject({
      reason: 'the build settings changed',
    });
    const tree = inputs();
    tree.files['trees/which-topic.yaml'] = 'tree-2';
    expect(decideBuild(state(), 'stamp-1', tree)).toMatchObject({ reason: 'trees/which-topic.yaml changed' });
    const added = inputs();
    added.files['articles/en/photo.png'] = 'png';
    expect(decideBuild(state(), 'stamp-1', added)).toMatchObject({ reason: 'articles/en/photo.png was added' });
  });

  it('nothing, when an article was added or removed or its front matter changed', () => {
    const added = inputs();
    added.frontMatter['articles/en/voucher.mdx'] = 'fm-3';
    added.bodies['articles/en/voucher.mdx'] = 'body-3';
    expect(decideBuild(state(), 'stamp-1', added)).toMatchObject({ reason: 'articles/en/voucher.mdx: was added' });
    const removed = inputs();
    delete removed.frontMatter['articles/id/refund.mdx'];
    delete removed.bodies['articles/id/refund.mdx'];
    expect(decideBuild(state(), 'stamp-1', removed)).toMatchObject({ reason: 'articles/id/refund.mdx: was removed' });
    const edited = inputs();
    edited.frontMatter['articles/en/refund.mdx'] = 'fm-9';
    expect(decideBuild(state(), 'stamp-1', edited)).toMatchObject({
      reason: 'articles/en/refund.mdx: front matter changed',
    });
    const bundled = inputs();
    bundled.frontMatter['articles/en/refund.mdx'] = 'fm-1:module';
    expect(decideBuild(state(), 'stamp-1', bundled)).toMatchObject({
      reason: 'articles/en/refund.mdx: it began using import, export or a picture (Astro bundles such an article)',
    });
  });

  it('everything but the changed articles, when only their text changed', () => {
    expect(decideBuild(state(), 'stamp-1', inputs())).toEqual({ kind: 'unchanged' });
    const edited = inputs();
    edited.bodies['articles/id/refund.mdx'] = 'body-9';
    expect(decideBuild(state(), 'stamp-1', edited)).toEqual({
      kind: 'incremental',
      changed: ['articles/id/refund.mdx'],
    });
  });
});

describe('what an incremental build makes again', () => {
  const entries = [
    { id: 'en/refund', file: '/c/articles/en/refund.mdx', body: () => '## Ask for a refund' },
    { id: 'en/voucher', file: '/c/articles/en/voucher.mdx', body: () => 'Vouchers.' },
    { id: 'en/start', file: '/c/articles/en/start.mdx', body: () => '<DecisionTree tree="which-topic" />' },
  ];

  it('the pages of the changed articles; with an article a tree points at, every article holding a tree', () => {
    expect(articlesToRender(entries, new Set(['/c/articles/en/voucher.mdx']), new Set(['refund']))).toEqual(
      new Set(['en/voucher']),
    );
    expect(articlesToRender(entries, new Set(['/c/articles/en/refund.mdx']), new Set(['refund']))).toEqual(
      new Set(['en/refund', 'en/start']),
    );
  });

  it('the search bundles holding their pages, untranslated ones included', () => {
    // "voucher" is only in English: Indonesian readers see it from the id/from-en bundle.
    const routes = articleRoutes(
      [
        { locale: 'en', slug: 'refund' },
        { locale: 'id', slug: 'refund' },
        { locale: 'en', slug: 'voucher' },
      ],
      ['en', 'id'],
      'en',
    );
    expect(changedBundles(routes, new Set(['en/voucher']))).toEqual(new Set(['en', 'id/from-en']));
    expect(changedBundles(routes, new Set(['id/refund']))).toEqual(new Set(['id']));
  });
});
