// `npm run screenshots -- [paths…]`: PNGs of built pages, narrow (390px) and wide (1280px),
// light and dark, for looking at what we build. Serves dist/ (or PANDU_OUT_DIR) itself.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { basePathOverride, outDir, screenshotDir } from '../src/lib/env.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/server.ts';

const dist = resolve(outDir());
const out = resolve(screenshotDir());
const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const pages = paths.length ? paths : ['id/', 'en/', 'id/resolve-a-dispute/', 'en/resolve-a-dispute/'];
const dark = process.argv.includes('--dark');

mkdirSync(out, { recursive: true });
const [browser, server] = await Promise.all([launchBrowser(), serveStatic(dist, basePathOverride() ?? '/')]);
for (const path of pages) {
  for (const [name, width] of [
    ['narrow', 390],
    ['wide', 1280],
  ] as const) {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      colorScheme: dark ? 'dark' : 'light',
    });
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    const file = `${out}/${path.replace(/\/$/, '').replace(/\//g, '_') || 'root'}-${name}${dark ? '-dark' : ''}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await context.close();
  }
}
await browser.close();
await server.close();
