import { defineConfig } from 'vitest/config'

/** The portability test: the packed plugin installed into a blank Payload app (npm run test:plugin). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/plugin/**/*.plugin.test.ts'],
    fileParallelism: false,
    hookTimeout: 1_200_000,
    testTimeout: 120_000,
  },
})
