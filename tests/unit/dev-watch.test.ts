// npm run dev's watcher leaves out generated sites (dist/, the bench's, the tests') but keeps the
// content being previewed, wherever it sits, and every source folder.
import { describe, expect, it } from 'vitest';
import { ignoreGenerated } from '../../src/lib/dev-watch.ts';

const project = '/home/writer/help';

describe("npm run dev's watcher", () => {
  it('leaves out built sites and the bench output, not the sources', () => {
    const ignored = ignoreGenerated(project, [`${project}/content`]);
    expect(ignored(`${project}/dist`)).toBe(true);
    expect(ignored(`${project}/dist/en/refund/index.html`)).toBe(true);
    expect(ignored(`${project}/bench/out/2000/starlight-dist/en/a/index.html`)).toBe(true);
    expect(ignored(`${project}/tests/.tmp/site/index.html`)).toBe(true);
    for (const source of [
      'content/articles/en/refund.mdx',
      'src/pages/index.astro',
      'astro.config.mjs',
      'bench/bench.ts',
      'distant/x.md',
    ])
      expect(ignored(`${project}/${source}`), source).toBe(false);
  });

  it('keeps content previewed from inside a generated folder, and the folders on the way to it', () => {
    const corpus = `${project}/bench/out/2000/pandu-corpus`;
    const ignored = ignoreGenerated(project, [corpus]);
    expect(ignored(`${project}/bench/out`)).toBe(false);
    expect(ignored(`${project}/bench/out/2000`)).toBe(false);
    expect(ignored(`${corpus}/articles/en/dispute-a-device-00010.mdx`)).toBe(false);
    expect(ignored(`${project}/bench/out/2000/pandu-dist`)).toBe(true);
    expect(ignored(`${project}/bench/out/2000/pandu-corpus-old`)).toBe(true);
  });
});
