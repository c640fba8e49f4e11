import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { onCi, useNodeCompileCache } from './src/lib/env.ts';

// Two projects: `unit` needs no built site and starts at once (`npm run test:unit`); `site` (build
// and browser tests) gets the real content built once per run, in the background while the unit
// tests run. How a test file asks for a built site: docs/architecture.md, "Tests".
// Node keeps compiled modules here: the many script runs of the tests (`npm run check`, `new`,
// `translations`, builds) start faster. Inherited by the workers and the processes they start.
useNodeCompileCache(resolve('tests/.tmp/.node-compile-cache'));

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // expect.poll gives up after 1 s by default: too short for Chromium on a loaded shared machine
    // (a focus check failed so with a load average of 20). Passing polls still return at once.
    expect: { poll: { timeout: 10_000 } },
    // Browser and build tests are heavy; two cores on CI machines.
    maxWorkers: 2,
    // A test whose beforeAll failed counts as failed, not skipped.
    runner: './tests/setup/runner.ts',
    // Lines while slow files run when the output is a log; CI also writes a JSON report, which
    // .ci/run turns into its last line "N passed, N failed".
    reporters: onCi()
      ? ['default', './tests/setup/progress-reporter.ts', ['json', { outputFile: 'tests/.tmp/results.json' }]]
      : ['default', './tests/setup/progress-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/real-site.ts'],
          setupFiles: ['tests/setup/wait-for-real-site.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
