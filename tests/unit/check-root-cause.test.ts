// Root cause first, on the real content with one mistake each, as `npm run check` prints it: the
// writer sees the mistake they made at its real line, not a trail of problems that follow from it.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readContentFiles, type ContentFiles } from '../../src/core/content-files.ts';
import { FactsCache } from '../../src/core/facts-cache.ts';
import { lintContent } from '../../src/core/lint.ts';
import { formatProblem } from '../../src/core/problems.ts';
import { repoRoot } from '../helpers/paths.ts';

const content = readContentFiles(resolve(repoRoot, 'content'));
/** In memory only: each article is parsed once for all the cases. */
const facts = new FactsCache();
// Channel facts are always fresh here: only the mistake counts.
const options = { today: new Date('2026-12-01'), verifiedWithinDays: 100_000 };

/** The check's lines for the real content with line `line` of `file` changed by `edit`. */
function checkWith(file: string, line: number, edit: (text: string) => string): string[] {
  const lines = content.texts.get(file)!.split('\n');
  const before = lines[line - 1]!;
  lines[line - 1] = edit(before);
  expect(lines[line - 1], `line ${line} of ${file} changed`).not.toBe(before);
  const files: ContentFiles = { dir: content.dir, texts: new Map(content.texts).set(file, lines.join('\n')) };
  const problems = lintContent(files, options, facts);
  return problems.map((p) => formatProblem({ ...p, file: `content/${p.file}` }));
}

describe('a YAML or tree mistake is reported alone, at its real line', () => {
  it('the real content has no problem to begin with', () => {
    expect(lintContent(content, options, facts)).toEqual([]);
  });

  it('an unclosed quote on line 26 of a tree is reported on line 26', () => {
    expect(checkWith('trees/which-topic.yaml', 26, (l) => l.replace('id: Barang', 'id: "Barang'))).toEqual([
      'content/trees/which-topic.yaml:26:1  error  A value opened with " is not closed. Add the closing " at the end of the value.  (yaml-syntax)',
    ]);
  });

  it('a mistyped "next:" gives one error with the node it most likely means, not one per node behind it', () => {
    expect(checkWith('trees/which-topic.yaml', 28, (l) => l.replace('next: item', 'next: itemz'))).toEqual([
      'content/trees/which-topic.yaml:28:15  error  node "topic", option 1: unknown target node "itemz". Did you mean "item"?  (tree-target)',
    ]);
  });

  it('a tab in categories.yaml gives the syntax error only, not "no category" for every article', () => {
    expect(checkWith('categories.yaml', 3, (l) => l.replace(/^ {2}/, '\t'))).toEqual([
      'content/categories.yaml:3:1  error  A tab is used for indentation. Indent with spaces.  (yaml-syntax)',
    ]);
  });

  it('a mistyped "next:" that resembles no node also stays one error (reachability is not guessed)', () => {
    const found = checkWith('trees/which-topic.yaml', 28, (l) => l.replace('next: item', 'next: somewhere-else'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^content\/trees\/which-topic\.yaml:28:15 {2}error {2}node "topic", option 1: unknown target node "somewhere-else"\. Use one of: "topic", "item", .*\(tree-target\)$/,
    );
  });
});
