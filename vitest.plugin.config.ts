import { defineConfig } from 'vitest/config'

/**
 * The packed plugin installed into a blank Payload app (npm run test:plugin), built once for every
 * file (tests/plugin/blankAppBuild.ts): portability, the plugin's write guarantees (a failing host hook,
 * the concurrency races) and the crash suite, each file on its own copy of the app's database.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/plugin/**/*.plugin.test.ts'],
    globalSetup: ['tests/plugin/blankAppBuild.ts'],
    fileParallelism: false,
    hookTimeout: 1_200_000,
    testTimeout: 300_000,
  },
})
