// Pictures of each help component for docs/writing.md, taken in Chromium from two built sites:
// the sample (every component, and an untranslated article) and the real site (the decision tree).
//   rm -rf /tmp/sample && cp -r tests/fixtures/lint/base /tmp/sample && cp -r content/ui /tmp/sample/
//   cp -r tests/fixtures/lint/cases/missing-translation/. /tmp/sample/
//   PANDU_CONTENT=/tmp/sample PANDU_OUT_DIR=/tmp/sample-dist PANDU_CACHE_DIR=/tmp/sample-cache npm run build
//   PANDU_OUT_DIR=/tmp/site-dist PANDU_CACHE_DIR=/tmp/site-cache npm run build
//   node scripts/docs-images.ts --sample /tmp/sample-dist --site /tmp/site-dist
// Writes docs/images/<name>.png (light theme, 720px wide: about an article column).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/server.ts';

const { values } = parseArgs({ options: { sample: { type: 'string' }, site: { type: 'string' } } });
if (!values.sample || !values.site) {
  console.error('Usage: node scripts/docs-images.ts --sample <built fixture dist> --site <built real-site dist>');
  process.exit(2);
}

const shots: { file: string; dist: string; path: string; selector: string }[] = [
  { file: 'method.png', dist: values.sample, path: 'en/guide/', selector: '.method >> nth=0' },
  { file: 'steps.png', dist: values.sample, path: 'en/guide/', selector: '.steps' },
  { file: 'tip.png', dist: values.sample, path: 'en/guide/', selector: '.callout-tip' },
  { file: 'warning.png', dist: values.sample, path: 'en/guide/', selector: '.callout-warning' },
  { file: 'phrase.png', dist: values.sample, path: 'en/guide/', selector: '.phrase' },
  { file: 'phrase-meaning.png', dist: values.sample, path: 'id/guide/', selector: '.phrase' },
  { file: 'contact-card.png', dist: values.sample, path: 'en/guide/', selector: '.contact-card >> nth=0' },
  { file: 'footnotes.png', dist: values.sample, path: 'en/guide/', selector: '.footnotes' },
  { file: 'decision-tree.png', dist: values.site, path: 'en/', selector: '[data-decision-tree]' },
  { file: 'untranslated-notice.png', dist: values.sample, path: 'en/refund/', selector: 'main' },
  { file: 'translations-page.png', dist: values.site, path: 'en/translations/', selector: 'main' },
];

const out = resolve('docs/images');
mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
for (const shot of shots) {
  const server = await serveStatic(resolve(shot.dist), '/');
  const context = await browser.newContext({ viewport: { width: 720, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(`${server.url}${shot.path}`);
  const element = page.locator(shot.selector).first();
  await element.screenshot({ path: resolve(out, shot.file) });
  console.log(`docs/images/${shot.file}`);
  await context.close();
  await server.close();
}
await browser.close();
