// Global set-up of the `site` test project (tests/build, tests/browser): starts building the real
// content as the run starts and returns at once, so the unit tests run meanwhile. Test files wait
// for the result in tests/setup/wait-for-real-site.ts.
import { rmSync, writeFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSiteAsync } from '../helpers/build.ts';
import { realSiteStatusFile, type RealSiteStatus } from '../helpers/real-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Names this test run in tests/.tmp/site.status.json. */
    realSiteRun: string;
  }
}

export default function setup(project: TestProject): () => Promise<void> {
  const run = `${process.pid}-${Date.now()}`;
  rmSync(realSiteStatusFile, { force: true });
  project.provide('realSiteRun', run);
  const started = Date.now();
  console.log('Building the real content for the build and browser tests (tests/.tmp/site)…');
  const built = buildSiteAsync({ name: 'site' }).then((result) => {
    const status: RealSiteStatus = { run, ok: result.ok, output: result.output };
    writeFileSync(realSiteStatusFile, JSON.stringify(status));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      result.ok
        ? `Built the real content in ${seconds} s.`
        : `Building the real content failed after ${seconds} s; the build and browser tests show why.`,
    );
  });
  // Teardown: never leave the build running behind the test run.
  return () => built;
}
