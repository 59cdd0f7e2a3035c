import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, inject, it } from 'vitest'

import { KILL_DELAYS_MS, crashRun } from './crashRun'
import { inspectSqlite } from './inspectSqlite'

/** The demo the global setup seeded (tests/e2e/build.ts, typed in tests/e2e/server.ts), in one file. */
const template = inject('demoTemplate')
let folder: string

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'qalia-crash-'))
})

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true })
})

// Each run on its own copy of the seeded database: a failure belongs to one kill delay, and no run
// starts from what an earlier crash left behind.
it.each(KILL_DELAYS_MS)(
  'SQLite: a save cut by SIGKILL %i ms into the burst is all or nothing',
  async (killAfterMs) => {
    const file = path.join(folder, `run-${killAfterMs}.db`)
    copyFileSync(template, file)
    const databaseUri = `file:${file}`
    await crashRun({
      label: 'sqlite',
      databaseUri,
      killAfterMs,
      inspect: inspectSqlite({ databaseUri }),
    })
  },
)
