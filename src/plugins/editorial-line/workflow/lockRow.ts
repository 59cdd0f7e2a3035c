import type { PayloadRequest } from 'payload'

type PostgresAdapter = {
  name: string
  sessions?: Record<string, { db: unknown }>
  /** The Drizzle adapters' raw statement runner (`@payloadcms/drizzle`), on the session's connection. */
  execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
}

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
 * The statement goes through the adapter's own runner, so the plugin needs no PostgreSQL package of
 * its own (hosts on SQLite or MongoDB do not install one); the id is checked before it is written in.
 */
export const lockRow = async ({
  table,
  id,
  req,
}: {
  table: string
  id: number | string
  req: PayloadRequest
}) => {
  const db = req.payload.db as unknown as PostgresAdapter
  if (db.name !== 'postgres' || !req.transactionID || !isRowId(id)) return
  const session = db.sessions?.[String(await req.transactionID)]
  if (!session) return
  const quotedTable = `"${table.replaceAll('"', '""')}"`
  await db.execute({ drizzle: session.db, raw: `SELECT 1 FROM ${quotedTable} WHERE id = '${id}' FOR UPDATE` })
}
