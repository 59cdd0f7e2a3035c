import { defineConfig } from 'vitest/config'

/** Browser tests: a production build served by `next start`, driven by Playwright in Debian's Chromium. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/build.ts'],
    fileParallelism: false,
    hookTimeout: 600_000,
    testTimeout: 120_000,
  },
})
