// Pictures of each help component for docs/writing.md, taken in Chromium from two built sites:
// the sample (every component, and an untranslated article) and the real site (the decision tree).
//   npm run docs-images                                   builds both sites, then takes the pictures
//   npm run docs-images -- --sample <dist> --site <dist>  uses sites you built yourself
// The sample is tests/fixtures/lint/base with the case missing-translation over it and the real
// interface strings. Writes docs/images/<name>.png (light theme, 720px wide: about an article column).
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { buildSite } from '../tests/helpers/build.ts';
import { fixturesRoot, tmpRoot } from '../tests/helpers/paths.ts';
import { serveStatic } from '../tests/helpers/server.ts';

const { values } = parseArgs({ options: { sample: { type: 'string' }, site: { type: 'string' } } });

/** Builds `content` (default: the real content) into tests/.tmp/<name>; stops on a failed build. */
function build(name: string, content?: string): string {
  console.log(`Building ${content ? 'the sample' : 'the real content'}…`);
  const result = buildSite({ name, content });
  if (!result.ok) {
    console.error(result.output);
    process.exit(1);
  }
  return result.outDir;
}

function sampleContent(): string {
  const dir = resolve(tmpRoot, 'docs-images-sample');
  rmSync(dir, { recursive: true, force: true });
  cpSync(resolve(fixturesRoot, 'lint/base'), dir, { recursive: true });
  cpSync(resolve('content/ui'), resolve(dir, 'ui'), { recursive: true });
  cpSync(resolve(fixturesRoot, 'lint/cases/missing-translation'), dir, { recursive: true });
  return dir;
}

const sample = values.sample ?? build('docs-images-sample-dist', sampleContent());
const site = values.site ?? build('docs-images-site');

const shots: { file: string; dist: string; path: string; selector: string }[] = [
  { file: 'method.png', dist: sample, path: 'en/guide/', selector: '.method >> nth=0' },
  { file: 'steps.png', dist: sample, path: 'en/guide/', selector: '.steps' },
  { file: 'tip.png', dist: sample, path: 'en/guide/', selector: '.callout-tip' },
  { file: 'warning.png', dist: sample, path: 'en/guide/', selector: '.callout-warning' },
  { file: 'phrase.png', dist: sample, path: 'en/guide/', selector: '.phrase' },
  { file: 'phrase-meaning.png', dist: sample, path: 'id/guide/', selector: '.phrase' },
  { file: 'contact-card.png', dist: sample, path: 'en/guide/', selector: '.contact-card >> nth=0' },
  { file: 'footnotes.png', dist: sample, path: 'en/guide/', selector: '.footnotes' },
  { file: 'decision-tree.png', dist: site, path: 'en/', selector: '[data-decision-tree]' },
  { file: 'untranslated-notice.png', dist: sample, path: 'en/refund/', selector: 'main' },
  { file: 'translations-page.png', dist: site, path: 'en/translations/', selector: 'main' },
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
