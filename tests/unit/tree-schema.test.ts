// The editors' JSON schema for content/trees/*.yaml is generated from the zod schema the build
// uses; this keeps the committed file in step, and every tree file pointing at it.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { treeJsonSchema, treeSchemaFile } from '../../src/lib/tree-schema.ts';
import { treeFileSchema } from '../../src/lib/tree.ts';
import { repoRoot } from '../helpers/paths.ts';

const treesDir = join(repoRoot, 'content/trees');
const treeFiles = readdirSync(treesDir).filter((f) => f.endsWith('.yaml'));

describe('tree JSON schema', () => {
  it('matches the zod schema (regenerate with: node src/lib/tree-schema.ts)', () => {
    expect(readFileSync(join(repoRoot, treeSchemaFile), 'utf8')).toBe(treeJsonSchema());
  });

  it('describes the fields an editor fills in', () => {
    const schema = JSON.parse(treeJsonSchema());
    expect(Object.keys(schema.properties)).toEqual(['path', 'title', 'intro', 'home', 'start', 'nodes']);
    expect(schema.properties.nodes.items.properties.result.properties.anchor.description).toMatch(/heading/);
  });

  it.each(treeFiles)('content/trees/%s names the schema for the editor and fits it', (file) => {
    const text = readFileSync(join(treesDir, file), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/tree.schema.json');
    expect(treeFileSchema.safeParse(parse(text)).error?.issues ?? []).toEqual([]);
  });
});
