import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Browser tests have their own command: npm run test:e2e (vitest.e2e.config.ts).
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Integration suites each start Payload on their own database; one at a time keeps memory low.
    fileParallelism: false,
    hookTimeout: 120_000,
    testTimeout: 60_000,
  },
})
