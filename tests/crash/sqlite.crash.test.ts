import { createClient } from '@libsql/client'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, it } from 'vitest'

import { seedDemo } from '../e2e/server'
import { KILL_DELAYS_MS, crashRun } from './crashRun'
import { inspectSqlite } from './inspectSqlite'

let folder: string
let template: string

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'qalia-crash-'))
  template = path.join(folder, 'template.db')
  seedDemo({ databaseUri: `file:${template}` })
  // Everything into the main file, so a copy of it alone is the whole seeded database.
  const client = createClient({ url: `file:${template}` })
  await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  client.close()
}, 600_000)

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
