// A failed build leaves the previous output exactly as it was; a swap cut short heals itself.
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { listFiles } from '../helpers/dist.ts';
import { fixtureContent } from '../helpers/fixture.ts';
import { fixturesRoot, tmpRoot } from '../helpers/paths.ts';

const name = 'safe-build';
// Each test runs a whole build; on a loaded CI machine one can take minutes.
const buildTimeout = 600_000;
const outDir = resolve(tmpRoot, name);
const broken = (kind: string) =>
  fixtureContent(`${name}-${kind}`, resolve(fixturesRoot, 'broken-build', kind, 'articles'));
/** Every file of a folder with a hash of its bytes. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    listFiles(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );

let before: Record<string, string>;
beforeAll(() => {
  const good = buildSite({ name });
  if (!good.ok) throw new Error(good.output);
  before = snapshot(outDir);
});

describe('a failed build', () => {
  it(
    'stops at a content mistake with its file:line, and leaves the previous output untouched',
    () => {
      const result = buildSite({ name, content: broken('front-matter') });
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(/articles\/en\/broken\.mdx:2:1 +error +Missing field "title"/);
      expect(result.output).not.toMatch(/^\s+at /m);
      expect(snapshot(outDir)).toEqual(before);
      expect(existsSync(`${outDir}.staging`)).toBe(false);
    },
    buildTimeout,
  );

  it(
    'fails while rendering a page, and leaves the previous output untouched',
    () => {
      const result = buildSite({ name, content: broken('render-error') });
      expect(result.ok).toBe(false);
      expect(result.output).toContain('/throws/');
      expect(result.output).toContain(`Build failed; ${outDir} is unchanged.`);
      expect(snapshot(outDir)).toEqual(before);
      expect(existsSync(`${outDir}.staging`)).toBe(false);
    },
    buildTimeout,
  );

  it(
    'puts back the previous output when the last swap was cut short, even if this build fails',
    () => {
      // The state a build killed between "old aside" and "new in" leaves behind.
      renameSync(outDir, `${outDir}.previous`);
      mkdirSync(`${outDir}.staging`, { recursive: true });
      writeFileSync(join(`${outDir}.staging`, 'half-written.html'), '<p>');
      const result = buildSite({ name, content: broken('render-error') });
      expect(result.ok).toBe(false);
      expect(snapshot(outDir)).toEqual(before);
      expect(existsSync(`${outDir}.previous`)).toBe(false);
      expect(existsSync(`${outDir}.staging`)).toBe(false);
    },
    buildTimeout,
  );

  it(
    'is replaced by the next good build, which leaves no folder behind',
    () => {
      cpSync(outDir, `${outDir}.previous`, { recursive: true });
      writeFileSync(join(outDir, 'stale.html'), 'from an older build');
      const result = buildSite({ name });
      expect(result.ok, result.output).toBe(true);
      expect(snapshot(outDir)).toEqual(before);
      expect(existsSync(`${outDir}.previous`)).toBe(false);
      expect(existsSync(`${outDir}.staging`)).toBe(false);
    },
    buildTimeout,
  );
});
