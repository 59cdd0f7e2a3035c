import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, it } from 'vitest'

import { crashRun } from '../crash/crashRun'
import { inspectSqlite } from '../crash/inspectSqlite'
import {
  APPROVER,
  blankApp,
  blankLogin,
  EDITOR,
  freshBlankDatabase,
  seedBlankLine,
  serveBlankApp,
} from './blankHost'

/**
 * The crash suite (tests/crash) against the blank host app's production build: its server SIGKILLed
 * mid-burst of submissions and approvals, then restarted on what it left, whose rows must be all or
 * nothing. The host's adapter is a plain `sqliteAdapter({ client: { url } })`: what holds is the plugin's.
 * Three kill delays of the app's five (test:plugin runs last in CI, on its time budget).
 */
const KILL_DELAYS_MS = [600, 1500, 3500]

let folder: string
let template: string

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'editorial-line-blank-crash-'))
  template = path.join(folder, 'template.db')
  // The line set up once, over REST, then copied for every run.
  const server = await serveBlankApp({ databaseUri: freshBlankDatabase({ file: template }) })
  try {
    await seedBlankLine({ baseURL: server.baseURL })
  } finally {
    await server.stop()
  }
}, 300_000)

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true })
})

it.each(KILL_DELAYS_MS)(
  'blank host: a save cut by SIGKILL %i ms into the burst is all or nothing',
  async (killAfterMs) => {
    const file = path.join(folder, `run-${killAfterMs}.db`)
    copyFileSync(template, file)
    const databaseUri = `file:${file}`
    await crashRun({
      label: 'blank host',
      databaseUri,
      killAfterMs,
      app: blankApp(),
      sessions: async ({ baseURL }) => ({
        editor: await blankLogin({ baseURL, email: EDITOR }),
        approver: await blankLogin({ baseURL, email: APPROVER }),
      }),
      inspect: inspectSqlite({ databaseUri }),
    })
  },
)
