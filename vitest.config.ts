import { defineConfig } from 'vitest/config';

/**
 * Three kinds of tests, named by suffix: `.unit.test.ts` (pure rules, no I/O), `.int.test.ts`
 * (HTTP and database, on PGlite and on PostgreSQL when TEST_DATABASE_URL is set), `.e2e.test.ts`
 * (Chromium). PGlite takes ~800 MB per instance: integration files run two at a time.
 */
export default defineConfig({
  test: {
    // CI sums the JSON reports into one closing line (see .ci/run).
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    projects: [
      { test: { name: 'unit', include: ['src/**/*.unit.test.ts'], environment: 'node', sequence: { groupOrder: 0 } } },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['tests/integration/**/*.int.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          maxWorkers: 1,
        },
      },
    ],
  },
});
