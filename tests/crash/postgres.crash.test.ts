import { afterAll, beforeAll, it } from 'vitest'

import { seedDemo } from '../e2e/server'
import { KILL_DELAYS_MS, crashRun } from './crashRun'
import { type Postgres, startPostgres, withDatabase } from './postgres'

const TEMPLATE = 'qalia_crash_template'
const runDatabase = (killAfterMs: number) => `qalia_crash_${killAfterMs}`

let postgres: Postgres | undefined

beforeAll(async () => {
  postgres = startPostgres()
  await postgres.admin((client) => client.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`))
  await postgres.admin((client) => client.query(`CREATE DATABASE ${TEMPLATE}`))
  seedDemo({ databaseUri: postgres.databaseUri(TEMPLATE) })
}, 600_000)

afterAll(async () => {
  await postgres?.stop({ databases: [...KILL_DELAYS_MS.map(runDatabase), TEMPLATE] })
})

// Each run on its own copy of the seeded database (CREATE DATABASE … TEMPLATE), as on SQLite.
it.each(KILL_DELAYS_MS)(
  'PostgreSQL: a save cut by SIGKILL %i ms into the burst is all or nothing',
  async (killAfterMs) => {
    const name = runDatabase(killAfterMs)
    await postgres!.admin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`)
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
