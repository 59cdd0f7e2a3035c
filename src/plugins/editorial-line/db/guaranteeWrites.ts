import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

import { beginDrizzleTransaction, type DrizzleAdapter } from './beginDrizzleTransaction.js'
import { limitTransactions } from './limitTransactions.js'

/** The adapters whose writes the plugin knows how to make atomic and ordered, by package. */
const SQL_PACKAGES: Record<string, 'postgres' | 'sqlite'> = {
  '@payloadcms/db-sqlite': 'sqlite',
  '@payloadcms/db-postgres': 'postgres',
  '@payloadcms/db-vercel-postgres': 'postgres',
}

/** node-postgres's own default for `pool.max`, which `@payloadcms/db-postgres` keeps when not given. */
const POSTGRES_DEFAULT_POOL_SIZE = 10

/**
 * Connections a PostgreSQL pool keeps free of transactions: Payload runs some queries of a save outside
 * its transaction (the edit lock check), and with every connection held by a waiting transaction,
 * saves would hang.
 */
const POSTGRES_FREE_CONNECTIONS = 2

/** How long an SQLite writer waits for the file (another process, a checkpoint) when the host set no wait. */
const SQLITE_BUSY_TIMEOUT_MS = 10_000

export const unknownAdapterMessage = (name: string) =>
  `editorialLine: cannot guarantee atomic, one-at-a-time saves on the database adapter "${name}". ` +
  'Use @payloadcms/db-sqlite or @payloadcms/db-postgres (MongoDB loads, with a warning).'

export const MONGODB_WARNING =
  'editorialLine: on MongoDB the plugin cannot hold its write guarantees: concurrent saves of one post ' +
  'are not put one after the other (two approvals may both pass, a capped month may overflow), and a ' +
  'save that fails half-way is rolled back only where Payload runs transactions (a replica set). ' +
  'Use @payloadcms/db-sqlite or @payloadcms/db-postgres to have them.'

// On globalThis rather than in this module: Next.js may load the config from several bundles.
const MONGODB_WARNED = Symbol.for('editorialLine.guaranteeWrites.mongodbWarned')

const warnOnceAboutMongodb = () => {
  const flags = globalThis as { [MONGODB_WARNED]?: boolean }
  if (flags[MONGODB_WARNED]) return
  flags[MONGODB_WARNED] = true
  console.warn(MONGODB_WARNING)
}

/** How many transactions may be open at once on a started SQL adapter. */
const writersFor = (instance: BaseDatabaseAdapter): number => {
  if (SQL_PACKAGES[instance.packageName] === 'sqlite') return 1
  const pool = (instance as { poolOptions?: { max?: number } }).poolOptions?.max ?? POSTGRES_DEFAULT_POOL_SIZE
  const writers = pool - POSTGRES_FREE_CONNECTIONS
  if (writers < 1)
    throw new Error(
      `editorialLine: a PostgreSQL pool of ${pool} connections leaves none for the queries Payload makes ` +
        `beside a save's transaction: give postgresAdapter({ pool: { max } }) ${POSTGRES_FREE_CONNECTIONS + 1} or more.`,
    )
  return writers
}

/**
 * The plugin's write guarantees on a host's database adapter, whatever arguments the host gave it:
 *
 * - **SQLite**: every write operation (create, update, delete: the save, its arrays, versions and the
 *   review log) runs in a real transaction, one at a time. `@payloadcms/db-sqlite` runs none without
 *   `transactionOptions` (and `transactionOptions: false` looks the same once started), so its
 *   `beginTransaction` is replaced: a save that fails half-way, a host hook's error included, leaves
 *   every table as it was, and a save plans on what the previous one wrote. A host that set no busy
 *   timeout gets one. One server per SQLite file (the queue is per process).
 * - **PostgreSQL**: every write in a transaction (`transactionOptions: false` is overridden), so the
 *   plugin's row locks hold for the whole save; at most the pool's size minus two open at once.
 * - **MongoDB**: left as it is, with a warning saying what does not hold.
 * - Anything else: refused, at config time by adapter name and at start by package, naming the fix.
 */
export const guaranteeWrites = ({ adapter }: { adapter: DatabaseAdapterObj }): DatabaseAdapterObj => {
  if (adapter.name === 'mongoose') {
    warnOnceAboutMongodb()
    return adapter
  }
  if (adapter.name !== 'sqlite' && adapter.name !== 'postgres')
    throw new Error(unknownAdapterMessage(String(adapter.name)))
  const transactional: DatabaseAdapterObj = {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      const kind = SQL_PACKAGES[instance.packageName]
      if (!kind) throw new Error(unknownAdapterMessage(instance.packageName ?? adapter.name))
      instance.beginTransaction = (options) =>
        beginDrizzleTransaction({ adapter: instance as DrizzleAdapter, options })
      // Read when the adapter connects, after this.
      const sqlite = instance as { busyTimeout?: number }
      if (kind === 'sqlite' && !sqlite.busyTimeout) sqlite.busyTimeout = SQLITE_BUSY_TIMEOUT_MS
      return instance
    },
  }
  return limitTransactions({ adapter: transactional, size: writersFor, database: true })
}
