// The set-up most browser test files share: Chromium plus a static server on a built site,
// started before the file's tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { siteDir } from './paths.ts';

export interface SiteSession {
  browser: Browser;
  server: StaticServer;
}

/** Registers the hooks; the returned object is filled in before the first test runs. */
export function chromiumOnSite(dir = siteDir, basePath = '/'): SiteSession {
  const session = {} as SiteSession;
  beforeAll(async () => {
    [session.browser, session.server] = await Promise.all([launchBrowser(), serveStatic(dir, basePath)]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
