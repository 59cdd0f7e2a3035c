import { defineConfig } from 'vitest/config'

/**
 * Crash tests: a production server (the e2e build) SIGKILLed in the middle of a burst of saves,
 * restarted on the same database, whose rows are then checked to be all or nothing; and two
 * production servers on one PostgreSQL database, racing saves across them.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/crash/**/*.crash.test.ts'],
    // The same production build as the e2e tests (E2E_SKIP_BUILD=true reuses theirs), and one PostgreSQL
    // cluster with the demo seeded once for both PostgreSQL files.
    globalSetup: ['tests/e2e/build.ts', 'tests/crash/postgresTemplate.ts'],
    fileParallelism: false,
    hookTimeout: 600_000,
    testTimeout: 300_000,
  },
})
