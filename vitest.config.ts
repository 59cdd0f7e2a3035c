import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Browser tests, crash tests and the blank-app portability test have their own commands: npm run test:e2e
    // (vitest.e2e.config.ts), npm run test:crash (vitest.crash.config.ts) and npm run test:plugin.
    exclude: ['tests/e2e/**', 'tests/crash/**', 'tests/plugin/**', 'node_modules/**', '**/dist/**'],
    // Integration suites each start Payload on their own fresh database, in their own process: two at
    // a time keep both of CI's cores busy (one file leaves a core idle while it waits on its database
    // or starts Payload), at about 1 GB of memory each.
    fileParallelism: true,
    maxWorkers: 2,
    // A worker keeps its modules from one file to the next: Payload, Next and Lexical load once per
    // worker instead of once per file (about 4 s each, a third of a small integration file). Each file
    // still starts Payload on its own database; tests/helpers/payload.ts clears what Payload caches in
    // globals when a file stops it.
    isolate: false,
    hookTimeout: 120_000,
    testTimeout: 60_000,
  },
})
