import { buildConfig } from 'payload'

import { appConfig } from '../../src/payload.config'
import { plainPostsPlugin } from './plainPostsPlugin'

/**
 * The admin benchmark's app variant: the app exactly as users get it, plus a plain collection with
 * the posts' fields to compare the post edit view with. Built only by `npm run bench -- --admin`
 * (`BENCH_ADMIN_APP=1`, see next.config.mjs, into its own `.next-bench`); the app's own build never
 * sees it.
 */
export default buildConfig({
  ...appConfig,
  plugins: [...(appConfig.plugins ?? []), plainPostsPlugin()],
})
