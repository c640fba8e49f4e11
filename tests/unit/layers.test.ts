// The layers import one way (docs/architecture.md, "Layers"): the site (src/) never reaches into the
// command-line tools (scripts/), and browser code (src/client/) never pulls in Node-only modules
// or the content model, which would either break the bundle or ship parsers to readers.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|mts|mjs|astro)$/.test(file))
    .map((file) => join(dir, file));
}

/** Every module a file imports, as written ("../lib/x.ts", "node:fs", "astro:content"). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found = text.matchAll(
    /(?:^|[\s;])(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(?\s*['"]([^'"]+)['"]|new URL\(\s*['"](\.[^'"]+)['"]/gm,
  );
  return [...found].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** "src/lib/x.ts imports ../../scripts/y.ts" for each import of `file` that lands under `folder`. */
function importsInto(file: string, folder: string): string[] {
  return importsOf(file)
    .filter((spec) => spec.startsWith('.'))
    .filter((spec) => relative(join(root, folder), resolve(root, dirname(file), spec)).split(/[\\/]/)[0] !== '..')
    .map((spec) => `${file} imports ${spec}`);
}

describe('layers', () => {
  it('src/ never imports scripts/', () => {
    const crossings = sourceFiles('src').flatMap((file) => importsInto(file, 'scripts'));
    expect(crossings).toEqual([]);
  });

  it('src/client/ (browser code) never imports Node modules or the content model', () => {
    const client = sourceFiles('src/client');
    expect(client.length).toBeGreaterThan(10);
    const nodeOnly = client.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('node:'))
        .map((spec) => `${file} imports ${spec}`),
    );
    const model = client.flatMap((file) => importsInto(file, 'src/core'));
    expect([...nodeOnly, ...model]).toEqual([]);
  });

  it('reads the environment only in src/lib/env.ts (docs/configuration.md lists it)', () => {
    const files = [
      ...sourceFiles('src'),
      ...sourceFiles('scripts'),
      ...sourceFiles('tests/helpers'),
      ...sourceFiles('tests/setup'),
      'astro.config.mjs',
      'vitest.config.ts',
    ];
    // prerequisites.mjs runs on old Node before anything is installed, so it keeps its own plain-JS reads.
    const elsewhere = files
      .filter((file) => file !== join('src', 'lib', 'env.ts') && file !== join('scripts', 'prerequisites.mjs'))
      .flatMap((file) =>
        [...readFileSync(join(root, file), 'utf8').matchAll(/process\.env(\.\w+|\[)/g)].map((m) => `${file}: ${m[0]}`),
      );
    expect(files).toContain('astro.config.mjs');
    expect(elsewhere).toEqual([]);
  });

  it('finds a crossing when there is one (the check itself works)', () => {
    expect(importsOf('scripts/check.ts').some((spec) => spec.includes('src/core/'))).toBe(true);
  });
});
