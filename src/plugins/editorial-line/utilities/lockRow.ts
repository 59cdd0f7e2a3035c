import type { PayloadRequest } from 'payload'

/**
 * Locks a document's row until the save's transaction ends, so that two saves of the same post run
 * one after the other and the second plans its transition on what the first wrote. Only PostgreSQL
 * has such locks; elsewhere this does nothing (the app runs SQLite's writes one at a time instead,
 * see `src/db/limitTransactions.ts`).
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
  const db = req.payload.db as unknown as {
    name: string
    sessions?: Record<string, { db: { execute: (query: unknown) => Promise<unknown> } }>
  }
  if (db.name !== 'postgres' || !req.transactionID) return
  const session = db.sessions?.[String(await req.transactionID)]
  if (!session) return
  const { sql } = await import('@payloadcms/db-postgres')
  await session.db.execute(sql`SELECT 1 FROM ${sql.identifier(table)} WHERE id = ${id} FOR UPDATE`)
}
