// `npm run new -- <slug> --category <id> [--title "…"] [--locale <source locale>]`
// Creates the article in every locale: a draft (`draft: true`) in the source locale (default:
// site.yaml's defaultLocale) and, in the others, a stub marked `translation: missing` that the site treats as
// not translated yet. Never overwrites a file.
import { parseArgs } from 'node:util';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { contentDir } from '../src/lib/env.ts';
import { displayPathIn } from '../src/core/check-folder.ts';
import { readContentFiles } from '../src/core/content-files.ts';
import { NewArticleError, planNewArticle } from './lib/new-article.ts';

const usage = 'Usage: npm run new -- <slug> --category <id> [--title "Title"] [--locale <source locale>]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      category: { type: 'string' },
      title: { type: 'string' },
      locale: { type: 'string' },
      content: { type: 'string' },
    },
  });
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
}
const { values, positionals } = parsed;
if (positionals.length !== 1)
  fail(
    `${positionals.length ? `One slug at a time (got ${positionals.join(', ')}).` : "Name the new article's slug."}\n${usage}`,
  );

const dir = values.content ? resolve(values.content) : contentDir();
const displayPath = displayPathIn(dir);
let planned;
try {
  planned = planNewArticle(
    readContentFiles(dir),
    {
      slug: positionals[0]!,
      category: values.category,
      title: values.title,
      sourceLocale: values.locale,
      today: new Date().toISOString().slice(0, 10),
    },
    displayPath,
  );
} catch (error) {
  if (error instanceof NewArticleError) fail(error.message);
  throw error;
}

const written: string[] = [];
for (const { file, text } of planned) {
  const path = join(dir, file);
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, text, { flag: 'wx' }); // "wx": fails if the file exists, even one created a moment ago
    written.push(path);
  } catch (error) {
    for (const created of written) rmSync(created); // all or nothing: only files this run created
    fail(
      `${displayPath(file)} could not be written (${(error as NodeJS.ErrnoException).code ?? error}); nothing was created.`,
    );
  }
}
for (const { file, draft } of planned) {
  console.log(
    `Created ${displayPath(file)} ${draft ? '(write the article here; "draft: true" keeps it off the site until you delete that line)' : '(marked "translation: missing": the site shows the source text until it is translated)'}`,
  );
}
console.log('Next: replace every TODO, preview with npm run dev, delete "draft: true", and run npm run check.');
