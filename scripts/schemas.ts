// `npm run schemas`: JSON schemas for the YAML files under content/, generated from the zod
// schemas in src/lib/schemas.ts so editors check exactly what the build checks. The YAML files
// point at them with a `# yaml-language-server: $schema=…` comment. `--check` fails when a
// written schema is out of date (the unit tests run it).
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'astro/zod';
import {
  categorySchema,
  channelSchema,
  siteSettingsSchema,
  uiStringsSchema,
  searchWordsSchema,
  treeFileSchema,
} from '../src/lib/schemas.ts';

type JsonSchema = Record<string, unknown>;

/** YAML dates (lastVerified: 2026-11-25) are text to an editor; zod turns them into dates later. */
function dateAsText(ctx: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  const def = (ctx.zodSchema as { _zod?: { def?: { type?: string } } })._zod?.def;
  if (def?.type === 'date') {
    for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
    Object.assign(ctx.jsonSchema, { type: 'string', format: 'date', description: 'A date written YYYY-MM-DD.' });
  }
}

function render(title: string, schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', override: dateAsText });
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}

export function jsonSchemas(): Record<string, string> {
  return {
    'schemas/site.schema.json': render('Pandu site settings (content/site.yaml)', siteSettingsSchema),
    'schemas/categories.schema.json': render('Pandu categories (content/categories.yaml)', z.array(categorySchema)),
    'schemas/channels.schema.json': render('Pandu contact channels (content/channels.yaml)', z.array(channelSchema)),
    'schemas/ui.schema.json': render('Pandu interface strings (content/ui/<locale>.yaml)', uiStringsSchema),
    'schemas/search.schema.json': render('Pandu search words (content/search/<locale>.yaml)', searchWordsSchema),
    'schemas/tree.schema.json': render('Pandu decision tree (content/trees/<name>.yaml)', treeFileSchema),
  };
}

if (import.meta.main) {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const [file, text] of Object.entries(jsonSchemas())) {
    if (check) {
      let current = '';
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        // missing counts as out of date
      }
      if (current !== text) stale.push(file);
    } else {
      writeFileSync(file, text);
      console.log(`Wrote ${file}`);
    }
  }
  if (stale.length) {
    console.error(`Out of date: ${stale.join(', ')}. Run npm run schemas.`);
    process.exit(1);
  }
}
