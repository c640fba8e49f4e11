// `npm run translations`: for every article and locale, whether it is translated, missing or
// stale (its source changed after the translation was last updated).
//   npm run translations                          a table
//   npm run translations -- --json                the same for tools
//   npm run translations -- --mark-current <slug> <locale>
//       "this translation matches its source now": records the source's fingerprint
//   npm run translations -- --mark-current --all [<locale>]
//       the same for every stale or untracked translation (of one locale, or of all)
//   --content <dir>                               another content folder
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { contentDir } from '../src/lib/env.ts';
import { displayPathIn } from '../src/core/check-folder.ts';
import { markCurrent, MarkError } from './lib/mark-current.ts';
import { readTranslationReport, readTranslationWarnings } from '../src/core/translation-report.ts';
import { formatLine } from './lib/reporter.ts';
import { formatStatusTable } from './lib/translation-table.ts';

const usage =
  'Usage: npm run translations -- [--json] [--content <dir>] [--mark-current <slug> <locale> | --mark-current --all [<locale>]]';

function fail(message: string, code = 2): never {
  console.error(code === 2 ? `${message}\n${usage}` : message);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      content: { type: 'string' },
      'mark-current': { type: 'boolean' },
      all: { type: 'boolean' },
    },
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = parsed;
const dir = values.content ? resolve(values.content) : contentDir();

/** Marks one translation current and says so; a refusal stops with its message. */
function mark(slug: string, locale: string): void {
  try {
    const displayPath = displayPathIn(dir);
    const { file, from, hash } = markCurrent(dir, slug, locale, displayPath);
    console.log(
      `${displayPath(file)}: translatedFrom set to ${from} ${hash}. It counts as translated until the ${from} text changes.`,
    );
  } catch (error) {
    if (error instanceof MarkError) fail(error.message, 1);
    throw error;
  }
}

if (values.all && !values['mark-current']) fail('--all goes with --mark-current: --mark-current --all [<locale>]');
if (values['mark-current'] && values.all) {
  // Every translation whose text was checked against its source: stale and untracked ones.
  // Sources, stubs and missing files are left alone; current ones are already marked.
  const [only, ...extra] = positionals;
  const report = readTranslationReport(dir);
  if (extra.length) fail(`--mark-current --all takes at most one locale, not "${positionals.join(' ')}".`);
  if (only && !report.locales.includes(only))
    fail(`"${only}" is not a locale of this site (${report.locales.join(', ')}).`, 1);
  const toMark = report.articles.flatMap((a) =>
    a.locales
      .filter((l) => (!only || l.locale === only) && (l.state === 'stale' || l.state === 'untracked'))
      .map((l) => [a.slug, l.locale] as const),
  );
  for (const [slug, locale] of toMark) mark(slug, locale);
  if (toMark.length === 0) console.log('Nothing to mark: no stale or untracked translation.');
} else if (values['mark-current']) {
  const [slug, locale, ...extra] = positionals;
  if (!slug || !locale || extra.length)
    fail('--mark-current needs an article slug and a locale, such as: --mark-current resolve-a-dispute en');
  mark(slug, locale);
} else {
  if (positionals.length) fail(`Unexpected "${positionals.join(' ')}".`);
  const report = readTranslationReport(dir);
  const displayPath = displayPathIn(dir);
  for (const article of report.articles) for (const l of article.locales) if (l.file) l.file = displayPath(l.file);
  const warnings = readTranslationWarnings(dir, displayPath).map((p) => ({ ...p, file: displayPath(p.file) }));
  if (values.json) console.log(JSON.stringify({ ...report, warnings }, null, 2));
  else {
    console.log(formatStatusTable(report));
    if (warnings.length)
      console.log(
        `\n${warnings.map((w) => formatLine(w)).join('\n')}\n${warnings.length} missing ${warnings.length === 1 ? 'translation' : 'translations'}.`,
      );
  }
}
