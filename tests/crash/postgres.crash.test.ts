import { execFileSync } from 'node:child_process'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, it } from 'vitest'

import { seedDemo } from '../e2e/server'
import { KILL_DELAYS_MS, crashRun } from './crashRun'

const root = path.resolve(import.meta.dirname, '../..')
const TEMPLATE = 'qalia_crash_template'

/** The server `TEST_POSTGRES_URI` names, or a throwaway cluster on 127.0.0.1 (scripts/postgres.sh), as `npm run test:pg` does. */
let server: string
let ownCluster = false

const databaseUri = (name: string) => {
  const uri = new URL(server)
  uri.pathname = `/${name}`
  return uri.toString()
}

const admin = async <T>(work: (client: pg.Client) => Promise<T>) => {
  const client = new pg.Client({ connectionString: server })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

beforeAll(async () => {
  server = process.env.TEST_POSTGRES_URI ?? ''
  if (!server) {
    server = execFileSync('bash', ['scripts/postgres.sh', 'start'], { cwd: root, encoding: 'utf8' }).trim()
    ownCluster = true
  }
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`))
  await admin((client) => client.query(`CREATE DATABASE ${TEMPLATE}`))
  seedDemo({ databaseUri: databaseUri(TEMPLATE) })
}, 600_000)

afterAll(async () => {
  if (!server) return
  if (ownCluster) {
    execFileSync('bash', ['scripts/postgres.sh', 'stop', new URL(server).port], {
      cwd: root,
      stdio: 'inherit',
    })
    return
  }
  await admin(async (client) => {
    for (const killAfterMs of KILL_DELAYS_MS) {
      await client.query(`DROP DATABASE IF EXISTS qalia_crash_${killAfterMs} WITH (FORCE)`)
    }
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`)
  })
})

// Each run on its own copy of the seeded database (CREATE DATABASE … TEMPLATE), as on SQLite.
it.each(KILL_DELAYS_MS)(
  'PostgreSQL: a save cut by SIGKILL %i ms into the burst is all or nothing',
  async (killAfterMs) => {
    const name = `qalia_crash_${killAfterMs}`
    await admin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`)
    })
    const uri = databaseUri(name)
    await crashRun({
      label: 'postgres',
      databaseUri: uri,
      killAfterMs,
      inspect: async (check) => {
        const client = new pg.Client({ connectionString: uri })
        await client.connect()
        try {
          // PostgreSQL has no integrity_check: its foreign keys and WAL replay are its own; the rows are checked here.
          const { problems, postsChecked } = await check({
            query: async (sql) => (await client.query(sql)).rows,
          })
          return { integrity: ['ok'], problems, postsChecked }
        } finally {
          await client.end()
        }
      },
    })
  },
)
