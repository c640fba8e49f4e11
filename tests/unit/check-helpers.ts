// Fixtures of the content check: a valid corpus (tests/fixtures/lint/base) with one broken case
// laid over it, in memory for the rules and on disk for the command-line and build tests.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { overlay, readContentFiles, type ContentFiles } from '../../src/core/content-files.ts';
import { lintContent } from '../../src/core/lint.ts';
import type { Problem } from '../../src/core/problems.ts';
import { fixturesRoot, repoRoot, tmpRoot } from '../helpers/paths.ts';

export const baseDir = resolve(fixturesRoot, 'lint/base');
export const casesDir = resolve(fixturesRoot, 'lint/cases');
/** The real interface strings: they change with the interface, not with the check. */
const uiDir = resolve(repoRoot, 'content/ui');
/** The day the fixtures are checked on: channel facts of 2026-11-01 are fresh. */
export const today = new Date('2026-11-25');
export const todayText = '2026-11-25';

function realUi(): ContentFiles {
  const ui = readContentFiles(uiDir);
  return { dir: uiDir, texts: new Map([...ui.texts].map(([file, text]) => [`ui/${file}`, text])) };
}

/** The base corpus with `caseName` (a folder under cases/) laid over it. */
export function fixtureFiles(caseName?: string): ContentFiles {
  const base = overlay(readContentFiles(baseDir), realUi(), baseDir);
  return caseName ? overlay(base, readContentFiles(resolve(casesDir, caseName))) : base;
}

export function lintFixture(caseName?: string): Problem[] {
  return lintContent(fixtureFiles(caseName), { today });
}

/** The same files written to tests/.tmp/<name> (for commands and builds); returns the folder. */
export function writeFixture(name: string, caseName?: string): string {
  const dir = resolve(tmpRoot, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(baseDir, dir, { recursive: true });
  cpSync(uiDir, resolve(dir, 'ui'), { recursive: true });
  if (caseName) cpSync(resolve(casesDir, caseName), dir, { recursive: true });
  return dir;
}
