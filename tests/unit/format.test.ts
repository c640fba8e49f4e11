// Every source file is formatted as `npm run format` leaves it (Prettier, .prettierrc.json), so a
// change never carries unrelated reformatting. Writers' content, fixtures and .astro templates are left alone
// (.prettierignore). The failure names the files and the command that fixes them.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.ts';

describe('formatting', () => {
  it('every file is formatted as `npm run format` leaves it', () => {
    const prettier = join(repoRoot, 'node_modules/prettier/bin/prettier.cjs');
    const result = spawnSync(process.execPath, [prettier, '--list-different', '.'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    const unformatted = result.stdout.split('\n').filter(Boolean);
    expect(result.stderr, 'Prettier itself failed').toBe('');
    expect(unformatted, 'Run `npm run format` and commit the result').toEqual([]);
  });
});
