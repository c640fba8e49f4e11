// The real content, built once per test run into tests/.tmp/site (`siteDir`). The `site` test
// project's global set-up (tests/setup/real-site.ts) starts that build as the run starts, while the
// unit tests run; each build and browser test file waits here for it before it is imported.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { siteDir, tmpRoot } from './paths.ts';

/** Written by the global set-up when the build ends; `run` tells this run's from an older one. */
export const realSiteStatusFile = resolve(tmpRoot, 'site.status.json');

export interface RealSiteStatus {
  run: string;
  ok: boolean;
  output: string;
}

function readStatus(): RealSiteStatus | undefined {
  try {
    return JSON.parse(readFileSync(realSiteStatusFile, 'utf8')) as RealSiteStatus;
  } catch {
    return undefined; // not written yet (or being written)
  }
}

/** Resolves to `siteDir` once this run's build of the real content is there; throws if it failed. */
export async function waitForRealSite(run: string, timeoutMs = 10 * 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = readStatus();
    if (status?.run === run) {
      if (!status.ok) throw new Error(`Building the real content (tests/.tmp/site) failed:\n${status.output}`);
      return siteDir;
    }
    if (Date.now() > deadline) throw new Error(`The real content was not built within ${timeoutMs / 60_000} minutes.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
