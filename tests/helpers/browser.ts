// Chromium (Debian's, Chrome, or Playwright's own) driven by playwright-core; `npm test` installs
// it first where it can (scripts/lib/prerequisites.ts).
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { findChromium, installCommand } from '../../scripts/lib/system-tools.ts';

export async function chromiumPath(): Promise<string> {
  const found = await findChromium();
  if (found) return found;
  throw new Error(`Chromium not found. Install it with: ${installCommand('Chromium').install} (or set CHROMIUM_PATH).`);
}

/** Chromium's flags here (also for Lighthouse, scripts/lighthouse.ts). */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // This network is closed: without these, Chromium keeps trying to reach Google's hosts.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: chromiumFlags });
}

/** A page in a fresh context (axe needs context.newPage()); collects console errors. */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  return { page, errors, close: () => context.close() };
}
