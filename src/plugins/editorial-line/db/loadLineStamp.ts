import type { PayloadRequest } from 'payload'

import { loadDrizzle } from './loadDrizzle.js'
import { sqlTable } from './sqlTable.js'

/**
 * A fingerprint of the editorial line's documents as the request's connection sees them (its own
 * transaction's writes included), in one statement: for each of `collections` (collections and
 * globals), how many rows it has and when the latest was saved, and on PostgreSQL the sum of its rows'
 * `xmin` (the transaction that wrote each row version), which changes with every write, even two in the
 * same millisecond. Payload sets `updatedAt` on every save of a document, its arrays and relationships
 * included (they are saved with it); a deleted document lowers the count. Equal fingerprints, equal line:
 * a save can then reuse what an earlier one read (`saveReads`). `null` where it cannot be read (MongoDB,
 * a table without `updatedAt`): callers then read the line itself.
 */
export const loadLineStamp = async ({
  req,
  collections,
}: {
  req: PayloadRequest
  collections: string[]
}): Promise<null | string> => {
  const drizzle = await loadDrizzle({ payload: req.payload })
  if (!drizzle || collections.length === 0) return null
  const { sql } = drizzle
  const tables = collections.map((collection) => sqlTable({ req, collection }))
  const parts = []
  for (const [index, found] of tables.entries()) {
    const updatedAt = found?.column('updatedAt')
    if (!found || !updatedAt) return null
    const name = (suffix: string) => sql.identifier(`${suffix}${index}`)
    parts.push(sql`(SELECT COUNT(*) FROM ${found.table}) AS ${name('c')}`)
    parts.push(sql`(SELECT MAX(${updatedAt}) FROM ${found.table}) AS ${name('u')}`)
    if (found.dialect === 'postgres')
      parts.push(sql`(SELECT SUM(xmin::text::bigint) FROM ${found.table}) AS ${name('x')}`)
  }
  const [row] = await tables[0]!.run(sql`SELECT ${sql.join(parts, sql`, `)}`)
  return row ? JSON.stringify(row) : null
}
