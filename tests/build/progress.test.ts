// What a person watching `npm run build` sees: a line per phase with its time, then a summary
// with the pages per locale and the next command; `--quiet` prints only content problems.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { fixtureContent } from '../helpers/fixture.ts';
import { fixturesRoot, tmpRoot } from '../helpers/paths.ts';

const phases = [
  'changes',
  'content check',
  'content sync',
  'MDX compile and bundle',
  'page render',
  'search index',
  'sitemap and headers',
  'offline worker',
  'swap',
];

describe('build progress', () => {
  it('prints each phase once, in order, with wall and CPU time, then a summary', () => {
    const content = fixtureContent('progress', join(fixturesRoot, 'search/articles'));
    const phasesFile = join(tmpRoot, 'progress-phases.json');
    // --full: every phase, even when an earlier run of this test left its output and cache.
    const built = buildSite({ name: 'progress', content, env: { PANDU_PHASES_FILE: phasesFile }, args: ['--full'] });
    expect(built.ok, built.output).toBe(true);
    const lines = built.output.split('\n');
    const phaseLines = phases.map((name) =>
      lines.findIndex((l) => new RegExp(`^  ${name} +\\d+\\.\\d+ s  \\(CPU \\d+\\.\\d+ s\\)`).test(l)),
    );
    expect(
      phaseLines.every((i) => i >= 0),
      built.output,
    ).toBe(true);
    expect([...phaseLines].sort((a, b) => a - b)).toEqual(phaseLines);
    expect(lines.filter((l) => l.startsWith('  sitemap and headers'))).toHaveLength(1);
    expect(built.output).toMatch(/content check .*\d+ articles, 0 errors/);
    expect(built.output).toMatch(/^  changes .*full build: --full$/m);
    expect(built.output).toMatch(
      /^Built .+ in \d+\.\d+ s: \d+ pages \(id \d+, en \d+\), [\d.]+ MB, search index [\d.]+ MB, \d+ content warnings?\.$/m,
    );
    expect(built.output).toContain('Next: npm run preview');
    // No colour codes: the same plain lines in a CI log as on a terminal.
    expect(built.output).not.toMatch(/\u001b\[/);
    const recorded = JSON.parse(readFileSync(phasesFile, 'utf8')) as {
      name: string;
      wallSeconds: number;
      cpuSeconds: number;
    }[];
    expect(recorded.map((p) => p.name)).toEqual(phases);
    expect(recorded.every((p) => p.wallSeconds >= 0 && p.cpuSeconds >= 0)).toBe(true);
  });

  it('prints only content problems with --quiet', () => {
    const content = fixtureContent('progress-quiet', join(fixturesRoot, 'search/articles'));
    const built = buildSite({ name: 'progress-quiet', content, args: ['--quiet'] });
    expect(built.ok, built.output).toBe(true);
    // This fixture has warnings (popular articles it does not hold): they still print.
    expect(built.output).toContain('(popular-article)');
    expect(built.output).not.toMatch(/content sync|page render|^Built |Next: npm run preview/m);
  });
});
