import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * PostgreSQL connections per server; the editorial-line plugin opens at most two fewer transactions at
 * once (see its `db/guaranteeWrites.ts`).
 */
const POSTGRES_POOL_SIZE = 10

const migrations = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations')

/** Where the embedded database lives when `DATABASE_URI` is not set. */
export const DEFAULT_DATABASE_URI = 'file:./data/qalia.db'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

/** Which database a `DATABASE_URI` points at; unset or empty means the embedded SQLite file. */
export const databaseKind = (uri?: string): DatabaseKind => {
  const value = uri?.trim()
  if (!value || value.startsWith('file:')) return 'sqlite'
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) return 'mongodb'
  if (value.startsWith('postgres://') || value.startsWith('postgresql://')) return 'postgres'
  const scheme = value.includes(':') ? `"${value.split(':')[0]}:"` : 'no scheme'
  throw new Error(
    `DATABASE_URI has ${scheme}: use file:./data/qalia.db (SQLite), mongodb:// or mongodb+srv:// (MongoDB), or postgres:// (PostgreSQL)`,
  )
}

/** Makes sure the folder of a relative or absolute `file:` path exists, so SQLite can create its file. */
const ensureFolder = (uri: string) => {
  const file = uri.replace(/^file:(\/\/)?/, '')
  if (file && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

/** What MongoDB support amounts to here: said once per process, whenever its adapter is chosen. */
export const MONGODB_WARNING =
  'DATABASE_URI points at MongoDB, which is untested in this project. What holds: the MongoDB adapter ' +
  'is selected and configured, and the editorial-line plugin writes its queries and ids for MongoDB. ' +
  'What does not: no test runs against a MongoDB server (none can be installed where this project is ' +
  'developed and tested); concurrent saves of one post are not put one after the other as on ' +
  'PostgreSQL and SQLite; Payload needs a replica set for transactions. Try your deployment against a ' +
  'real MongoDB before relying on it.'

// On globalThis rather than in this module: Next.js may load the config from several bundles.
const MONGODB_WARNED = Symbol.for('qalia.databaseAdapter.mongodbWarned')

const warnOnceAboutMongodb = () => {
  const flags = globalThis as { [MONGODB_WARNED]?: boolean }
  if (flags[MONGODB_WARNED]) return
  flags[MONGODB_WARNED] = true
  console.warn(MONGODB_WARNING)
}

/**
 * The Payload database adapter for a `DATABASE_URI`, with the migrations committed for it.
 * `push` (SQLite and PostgreSQL) lets Payload push the schema outside production; with `false`
 * only migrations shape the database, as in production. Transactions and how many writes run at once
 * are the editorial-line plugin's (it wraps whatever adapter it is given).
 */
export const databaseAdapter = ({ uri, push }: { uri?: string; push?: boolean }): DatabaseAdapterObj => {
  const kind = databaseKind(uri)
  const url = uri?.trim() || DEFAULT_DATABASE_URI
  switch (kind) {
    case 'mongodb':
      warnOnceAboutMongodb()
      return mongooseAdapter({ url, migrationDir: path.join(migrations, 'mongodb') })
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: url, max: POSTGRES_POOL_SIZE },
        migrationDir: path.join(migrations, 'postgres'),
        push,
      })
    case 'sqlite':
      ensureFolder(url)
      return sqliteAdapter({
        client: { url },
        migrationDir: path.join(migrations, 'sqlite'),
        push,
        // WAL lets reads go on beside the one writer (and other processes, such as a backup, read).
        wal: true,
      })
  }
}
