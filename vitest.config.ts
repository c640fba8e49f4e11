import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the real content once (tests/.tmp/site) before any test file runs.
    globalSetup: ['tests/setup/build-site.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Browser and build tests are heavy; two cores on CI machines.
    maxWorkers: 2,
    // CI also writes a JSON report; .ci/run turns it into its last line "N passed, N failed".
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'tests/.tmp/results.json' }]] : ['default'],
  },
});
