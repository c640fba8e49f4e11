// Two builds of the same content, in different folders, are byte for byte the same.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { listFiles } from '../helpers/dist.ts';

describe('reproducible builds', () => {
  it('writes the same files with the same bytes twice', () => {
    const first = buildSite({ name: 'reproducible-a' });
    const second = buildSite({ name: 'reproducible-b' });
    expect(first.ok, first.output).toBe(true);
    expect(second.ok, second.output).toBe(true);
    const files = listFiles(first.outDir);
    expect(listFiles(second.outDir)).toEqual(files);
    expect(files).toEqual(expect.arrayContaining(['sitemap.xml', '_headers', 'en/index.html']));
    expect(files.some((f) => f.startsWith('pagefind/'))).toBe(true);
    const differing = files.filter(
      (f) => !readFileSync(join(first.outDir, f)).equals(readFileSync(join(second.outDir, f))),
    );
    expect(differing).toEqual([]);
  }, 600_000); // two whole builds: minutes on a loaded CI machine
});
