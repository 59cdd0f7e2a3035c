import { afterAll, beforeAll, inject, it } from 'vitest'

import { KILL_DELAYS_MS, crashRun } from './crashRun'
import { type Postgres, startPostgres, withDatabase } from './postgres'
import { CRASH_TEMPLATE } from './postgresTemplate'

const runDatabase = (killAfterMs: number) => `qalia_crash_${killAfterMs}`

let postgres: Postgres | undefined

beforeAll(() => {
  postgres = startPostgres({ server: inject('crashPostgres') })
})

afterAll(async () => {
  await postgres?.stop({ databases: KILL_DELAYS_MS.map(runDatabase) })
})

// Each run on its own copy of the demo the suite's setup seeded (CREATE DATABASE … TEMPLATE), as on SQLite.
it.each(KILL_DELAYS_MS)(
  'PostgreSQL: a save cut by SIGKILL %i ms into the burst is all or nothing',
  async (killAfterMs) => {
    const name = runDatabase(killAfterMs)
    await postgres!.admin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.query(`CREATE DATABASE ${name} TEMPLATE ${CRASH_TEMPLATE}`)
    })
    const uri = postgres!.databaseUri(name)
    await crashRun({
      label: 'postgres',
      databaseUri: uri,
      killAfterMs,
      // PostgreSQL has no integrity_check: its foreign keys and WAL replay are its own; the rows are checked here.
      inspect: (check) =>
        withDatabase({
          uri,
          work: async (query) => ({ integrity: ['ok'], ...(await check({ query })) }),
        }),
    })
  },
)
