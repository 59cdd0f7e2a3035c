import type { BaseDatabaseAdapter } from 'payload'

import { randomUUID } from 'node:crypto'

type Resolve = () => Promise<void>

const ROLLED_BACK = new Error('rolled back by the plugin')

/** What of a drizzle-based adapter (`@payloadcms/db-sqlite`, `@payloadcms/db-postgres`) a transaction uses. */
export type DrizzleAdapter = BaseDatabaseAdapter & {
  drizzle: {
    transaction: (run: (tx: unknown) => Promise<void>, config?: unknown) => Promise<void>
  }
  initializing: Promise<void>
  sessions: Record<string, { db: unknown; reject: Resolve; resolve: Resolve }>
  transactionOptions?: unknown
}

/**
 * Opens a real transaction on a drizzle-based adapter, the way `@payloadcms/drizzle`'s own
 * `beginTransaction` does: drizzle only offers a callback (`db.transaction(async (tx) => …)`), so the
 * callback waits on a promise whose `resolve`/`reject` go into `sessions[id]`, where the adapter's own
 * `commitTransaction`/`rollbackTransaction` (left in place) find and settle them.
 *
 * Restated here rather than imported: `@payloadcms/db-sqlite` installs drizzle's version only when
 * given `transactionOptions`, and importing `@payloadcms/drizzle` would make the plugin unloadable
 * (and unbuildable) in a MongoDB host, which has no drizzle. On SQLite, libsql opens it as
 * `BEGIN IMMEDIATE` (its "write" mode), so the writer holds the file's write lock from its first read.
 */
export const beginDrizzleTransaction = async ({
  adapter,
  options,
}: {
  adapter: DrizzleAdapter
  options?: unknown
}): Promise<string> => {
  const id = randomUUID()
  // The adapter may still be connecting (or reconnecting on a hot reload): `drizzle` is set once it is.
  await adapter.initializing
  let resolve: Resolve = async () => undefined
  let reject: Resolve = async () => undefined
  let transaction: unknown
  await new Promise<void>((ready, failed) => {
    const done: Promise<void> = adapter.drizzle
      .transaction(async (tx) => {
        transaction = tx
        await new Promise<void>((commit, rollback) => {
          resolve = async () => {
            commit()
            await done
          }
          // drizzle rolls back when its callback throws; any other error (a failed COMMIT or
          // ROLLBACK) reaches the caller instead of passing for a finished transaction.
          reject = async () => {
            rollback(ROLLED_BACK)
            await done.catch((error: unknown) => {
              if (error !== ROLLED_BACK) throw error
            })
          }
          ready()
        })
      }, options ?? adapter.transactionOptions)
      // Before the callback ran (no connection, a busy file): the begin fails instead of hanging.
      .catch((error: unknown) => {
        failed(error)
        throw error
      })
    done.catch(() => undefined)
  }).catch((error: unknown) => {
    throw new Error(
      `Error: cannot begin transaction: ${error instanceof Error ? error.message : String(error)}`,
    )
  })
  adapter.sessions[id] = { db: transaction, reject, resolve }
  return id
}
