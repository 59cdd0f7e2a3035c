import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

import { randomUUID } from 'node:crypto'

import { createSemaphore } from './semaphore.js'
import { refuseWriteWithoutReq } from './writesInHooks.js'

/**
 * Lets at most `size` of Payload's write operations run at once in this process. Every create, update,
 * delete and restore opens a transaction before its hooks read anything and ends it after its last
 * write, whether it succeeds or fails; this wraps that span.
 *
 * - `database: true` keeps the adapter's transactions and caps how many are open. On PostgreSQL the
 *   cap stays below the connection pool's size: Payload runs some queries of a save outside its
 *   transaction (the edit lock check), and with every connection held by a transaction waiting for
 *   one, saves would hang. On SQLite (size 1) writes run one after another, each in its own
 *   `BEGIN IMMEDIATE` transaction, so a save plans on what the previous one wrote, two approvals of
 *   one post cannot both see it in review, and a save that fails rolls back whole.
 * - `database: false` holds a place without a transaction (for an adapter that has none); nothing
 *   is then rolled back on failure.
 *
 * The queue is per process: one server per SQLite file. `guaranteeWrites` puts it on every SQL adapter.
 */
export const limitTransactions = ({
  adapter,
  size,
  database,
}: {
  adapter: DatabaseAdapterObj
  /** How many at once, or how many for the started adapter (a PostgreSQL pool's size is known then). */
  size: ((instance: BaseDatabaseAdapter) => number) | number
  database: boolean
}): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args)
    const begin = instance.beginTransaction.bind(instance)
    const commit = instance.commitTransaction.bind(instance)
    const rollback = instance.rollbackTransaction.bind(instance)
    const semaphore = createSemaphore({ size: typeof size === 'function' ? size(instance) : size })
    const held = new Map<string, () => void>()

    const release = async (id: number | Promise<number | string> | string) => {
      const key = String(await id)
      held.get(key)?.()
      held.delete(key)
    }

    instance.beginTransaction = async (options) => {
      // A write that begins a transaction of its own from a hook of a save forgot the hook's `req`.
      refuseWriteWithoutReq()
      const free = await semaphore.acquire()
      try {
        const id = database ? await begin(options) : randomUUID()
        if (id === null) free()
        else held.set(String(id), free)
        return id
      } catch (error) {
        free()
        throw error
      }
    }
    instance.commitTransaction = async (id) => {
      try {
        if (database) await commit(id)
      } finally {
        await release(id)
      }
    }
    instance.rollbackTransaction = async (id) => {
      try {
        if (database) await rollback(id)
      } finally {
        await release(id)
      }
    }
    // Payload's destroy() ends the queue: a write still waiting for a place then never starts, and its
    // timer does not fire later in a process that goes on without this adapter.
    const destroy = instance.destroy?.bind(instance)
    instance.destroy = async () => {
      semaphore.close()
      await destroy?.()
    }
    return instance
  },
})
