import { execFileSync } from 'node:child_process'
import path from 'node:path'
import pg from 'pg'

const root = path.resolve(import.meta.dirname, '../..')

export type Postgres = {
  /** The URI of the server's own database. */
  server: string
  /** The URI of database `name` on that server. */
  databaseUri: (name: string) => string
  /** Runs `work` with a client connected to the server's own database (to create and drop others). */
  admin: <T>(work: (client: pg.Client) => Promise<T>) => Promise<T>
  /** Drops `databases`, or stops the whole cluster when this run started it. */
  stop: (args: { databases: string[] }) => Promise<void>
}

/**
 * The server `server` or `TEST_POSTGRES_URI` names, or a throwaway cluster on 127.0.0.1
 * (scripts/postgres.sh), as `npm run test:pg` does.
 */
export const startPostgres = ({ server: given }: { server?: string } = {}): Postgres => {
  let server = given ?? process.env.TEST_POSTGRES_URI ?? ''
  const ownCluster = !server
  if (ownCluster) {
    server = execFileSync('bash', ['scripts/postgres.sh', 'start'], { cwd: root, encoding: 'utf8' }).trim()
  }
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
  const stop = async ({ databases }: { databases: string[] }) => {
    if (ownCluster) {
      execFileSync('bash', ['scripts/postgres.sh', 'stop', new URL(server).port], {
        cwd: root,
        stdio: 'inherit',
      })
      return
    }
    await admin(async (client) => {
      for (const name of databases) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    })
  }
  return { server, databaseUri, admin, stop }
}

/** Reads a database directly, for the consistency checks (`checkConsistency`'s `query`). */
export const withDatabase = async <T>({
  uri,
  work,
}: {
  uri: string
  work: (query: (sql: string) => Promise<Record<string, unknown>[]>) => Promise<T>
}) => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return await work(async (sql) => (await client.query(sql)).rows)
  } finally {
    await client.end()
  }
}
