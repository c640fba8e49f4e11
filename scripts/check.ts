// `npm run check`: the writers' content check. One line per problem, like a compiler:
//   content/articles/id/x.mdx:12:3  error  Link to "/id/refund" has no article  (link-target)
// Exit 1 when there is an error, 0 with warnings only.
//   --json                 machine-readable output for tools
//   --content <dir>        another content folder (default: PANDU_CONTENT or content/)
//   --verified-within <n>  days before channel facts need checking again (default 180)
//   --today <YYYY-MM-DD>   the date to measure from (default: today)
//   --no-cache             parse every article again (facts are otherwise cached by text)
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { contentDir, useColor } from '../src/lib/env.ts';
import { checkContentDir, optionsFromEnv } from '../src/core/check-folder.ts';
import { formatJson, formatLine, summary } from './lib/reporter.ts';
import type { LintOptions } from '../src/core/lint.ts';

const usage =
  'Usage: npm run check -- [--json] [--content <dir>] [--verified-within <days>] [--today <YYYY-MM-DD>] [--no-cache]';

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

let values: { json?: boolean; content?: string; 'verified-within'?: string; today?: string; 'no-cache'?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      content: { type: 'string' },
      'verified-within': { type: 'string' },
      today: { type: 'string' },
      'no-cache': { type: 'boolean' },
    },
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const overrides: Partial<LintOptions> = {};
if (values['verified-within'] !== undefined) {
  const days = Number(values['verified-within']);
  if (!Number.isInteger(days) || days < 0)
    fail(`--verified-within must be a whole number of days, not "${values['verified-within']}".`);
  overrides.verifiedWithinDays = days;
}
if (values.today !== undefined) {
  if (!/^\d{4}-\d\d-\d\d$/.test(values.today) || Number.isNaN(Date.parse(values.today)))
    fail(`--today must be a date such as 2026-11-25, not "${values.today}".`);
  overrides.today = new Date(values.today);
}

const started = performance.now();
const dir = values.content ? resolve(values.content) : contentDir();
const result = await checkContentDir(dir, optionsFromEnv(overrides), !values['no-cache']);
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (values.json) {
  console.log(formatJson(result.problems));
} else {
  const color = useColor(process.stdout);
  for (const p of result.problems) console.log(formatLine(p, color));
  if (result.problems.length) console.log('');
  console.log(`${summary(result.problems)} Checked ${result.articles} article files in ${seconds} s.`);
}
process.exit(result.errors ? 1 : 0);
