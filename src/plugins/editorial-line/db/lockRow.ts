import type { CollectionSlug, PayloadRequest } from 'payload'

import { loadDrizzle } from './loadDrizzle.js'
import { sqlTable } from './sqlTable.js'

/** Ids as PostgreSQL stores them here: serial integers or UUIDs. Anything else is not a row to lock. */
const isRowId = (id: number | string) =>
  typeof id === 'number' ? Number.isSafeInteger(id) : /^[0-9A-Za-z-]{1,64}$/.test(id)

/**
 * Locks a document's row until the save's transaction ends, so that two saves that depend on it run
 * one after the other and the second plans on what the first wrote: two saves of the same post, or two
 * submissions counting the same capped phase's month. Held by the database, so it orders saves made
 * on different servers as well. Only PostgreSQL
 * has such locks; elsewhere this does nothing (the app runs SQLite's writes one at a time instead).
 *
 * The statement goes through the adapter's own runner (`sqlTable`), so the plugin needs no PostgreSQL
 * package of its own (hosts on SQLite or MongoDB do not install one), and only on the save's
 * transaction's connection: outside a transaction a lock would end with its statement. The id is a
 * bound parameter and the table the one the adapter's schema holds for `collection`.
 */
export const lockRow = async ({
  collection,
  id,
  req,
  read = [],
}: {
  collection: CollectionSlug
  id: number | string
  req: PayloadRequest
  /**
   * Top-level fields to read from the row in the same statement (a save that locks a post and needs its
   * status): the answer holds them, by field name, when the row was locked; `null` when nothing was
   * locked (another database, no transaction, no such row).
   */
  read?: string[]
}): Promise<null | Record<string, unknown>> => {
  if (req.payload.db.name !== 'postgres' || !req.transactionID || !isRowId(id)) return null
  const drizzle = await loadDrizzle({ payload: req.payload })
  const found = drizzle && sqlTable({ req, collection })
  const key = found?.column('id')
  if (!drizzle || !found || !key) return null
  const { sql } = drizzle
  const columns = read.flatMap((field) => {
    const column = found.column(field)
    return column ? [sql`${column} AS ${sql.identifier(field)}`] : []
  })
  const selected = columns.length > 0 ? sql.join(columns, sql`, `) : sql`1`
  const rows = await found.runInTransaction(
    sql`SELECT ${selected} FROM ${found.table} WHERE ${key} = ${id} FOR UPDATE`,
  )
  return rows?.[0] ?? null
}
