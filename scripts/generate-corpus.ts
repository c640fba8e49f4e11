// Writes a generated help-center corpus for benchmarks and scale tests:
//   npm run generate-corpus -- --out bench/out/corpus-100 --per-locale 100 --seed 1 [--format pandu|starlight]
// The same seed gives the same files. `pandu` writes a content folder (build it with
// PANDU_CONTENT=<out> npm run build); `starlight` writes the same articles as plain Markdown for
// a Starlight docs folder (see bench/starlight/).
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { generateCorpus, type CorpusFormat } from './bench/corpus.ts';

const usage =
  'Usage: npm run generate-corpus -- --out <dir> --per-locale <n> --seed <s> [--format pandu|starlight] [--source content]';

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      out: { type: 'string' },
      'per-locale': { type: 'string' },
      seed: { type: 'string', default: '1' },
      format: { type: 'string', default: 'pandu' },
      source: { type: 'string', default: 'content' },
    },
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const perLocale = Number(values['per-locale']);
if (!values.out) fail('--out is required.');
if (!Number.isInteger(perLocale) || perLocale < 1) fail('--per-locale must be a whole number of at least 1.');
if (values.format !== 'pandu' && values.format !== 'starlight')
  fail(`--format must be "pandu" or "starlight", not "${values.format}".`);

try {
  const summary = generateCorpus({
    out: resolve(values.out),
    perLocale,
    seed: values.seed,
    format: values.format as CorpusFormat,
    source: resolve(values.source),
  });
  console.log(
    `Wrote ${summary.files} files (${summary.perLocale} articles x ${summary.locales.join(', ')}, ${summary.format}) to ${summary.out}`,
  );
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
