// The JSON schema editors use for content/trees/*.yaml (referenced by a yaml-language-server
// comment), generated from the zod schema so the two never disagree. A unit test compares them.
// Regenerate: node src/lib/tree-schema.ts
import { writeFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { treeFileSchema } from './tree.ts';

export const treeSchemaFile = 'schemas/tree.schema.json';

export function treeJsonSchema(): string {
  const schema = z.toJSONSchema(treeFileSchema, { io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'Pandu decision tree' }, null, 2)}\n`;
}

if (import.meta.main) {
  writeFileSync(treeSchemaFile, treeJsonSchema());
  console.log(`Wrote ${treeSchemaFile}`);
}
