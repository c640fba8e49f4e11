// Where tests build things. Everything under tests/.tmp is scratch and git-ignored.
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const tmpRoot = resolve(repoRoot, 'tests/.tmp');
/** The real content, built once per run for the build and browser tests (tests/helpers/real-site.ts). */
export const siteDir = resolve(tmpRoot, 'site');
export const fixturesRoot = resolve(repoRoot, 'tests/fixtures');
