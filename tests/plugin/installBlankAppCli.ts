/**
 * `npx tsx tests/plugin/installBlankAppCli.ts FOLDER`: the blank app of `npm run test:plugin`, packed
 * and installed into FOLDER ahead of the suite, which then only builds and serves it
 * (`BLANK_APP_FOLDER=FOLDER npm run test:plugin`). `.ci/run` starts it in the background when its
 * integration suites start.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { installBlankAppOnce } from './blankAppBuild'

const folder = process.argv[2]
if (!folder) {
  console.error('usage: npx tsx tests/plugin/installBlankAppCli.ts FOLDER')
  process.exit(2)
}
mkdirSync(folder, { recursive: true })
installBlankAppOnce({ folder: path.resolve(folder) })
