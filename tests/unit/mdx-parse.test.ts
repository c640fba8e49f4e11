// The check reads articles with Sätteri (the parser the site renders with) and falls back to
// remark for code and syntax errors. A writer must get the same problems either way: every
// article and fixture yields the same facts from both parsers.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/core/article-facts.ts';
import { parseMdx, parseWithRemark } from '../../src/core/mdx.ts';

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('reading an article', () => {
  const files = [...mdxFiles('content'), ...mdxFiles('tests/fixtures')];

  it('finds articles to compare', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('gives the same facts with Sätteri as with remark, for every article and fixture', () => {
    const differing = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return JSON.stringify(extractFacts(text)) !== JSON.stringify(extractFacts(text, parseWithRemark));
    });
    expect(differing).toEqual([]);
  });

  it('points a prop problem at the prop, on the line it is written', () => {
    const text = '---\ntitle: x\n---\n\nIntro.\n\n<Steps\n  items="a"\n  kind="b"\n/>\n';
    const tree = parseMdx(text).tree!;
    const tag = tree.children.find((node) => node.type === 'mdxJsxFlowElement') as unknown as {
      attributes: { name: string; position: { start: { line: number; column: number } } }[];
    };
    expect(tag.attributes.map((a) => [a.name, a.position.start.line, a.position.start.column])).toEqual([
      ['items', 8, 3],
      ['kind', 9, 3],
    ]);
  });

  it('reports an unclosed tag at its line, in words', () => {
    const result = parseMdx('---\ntitle: x\n---\n\nIntro.\n\n<Tip>\nText\n');
    expect(result.error?.at.line).toBe(7);
    expect(result.error?.message).toMatch(/Tip/);
  });
});
