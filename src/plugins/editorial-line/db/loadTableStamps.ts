import type { PayloadRequest } from 'payload'

import { loadDrizzle } from './loadDrizzle.js'
import { sqlTable } from './sqlTable.js'

/**
 * A fingerprint of each of `collections` (collections and globals) as the request's connection sees
 * them (its own transaction's writes included), all in one statement: how many rows the table has and
 * when the latest was saved, and on PostgreSQL the sum of its rows' `xmin` (the transaction that wrote
 * each row version), which changes with every write, even two in the same millisecond. Payload sets
 * `updatedAt` on every save of a document, its arrays and relationships included (they are saved with
 * it); a deleted document lowers the count. Equal fingerprints, equal documents: a save can then reuse
 * what an earlier one read (`saveReads`).
 *
 * `null` for the whole answer where nothing can be read this way (MongoDB); `null` for one collection
 * whose table has no `updatedAt` (timestamps turned off): callers then read those documents themselves.
 */
export const loadTableStamps = async ({
  req,
  collections,
}: {
  req: PayloadRequest
  collections: string[]
}): Promise<null | Record<string, null | string>> => {
  const drizzle = await loadDrizzle({ payload: req.payload })
  if (!drizzle || collections.length === 0) return null
  const { sql } = drizzle
  const tables = collections.map((collection) => sqlTable({ req, collection }))
  const parts = []
  const read: { collection: string; index: number }[] = []
  for (const [index, found] of tables.entries()) {
    const updatedAt = found?.column('updatedAt')
    if (!found || !updatedAt) continue
    const name = (suffix: string) => sql.identifier(`${suffix}${index}`)
    parts.push(sql`(SELECT COUNT(*) FROM ${found.table}) AS ${name('c')}`)
    parts.push(sql`(SELECT MAX(${updatedAt}) FROM ${found.table}) AS ${name('u')}`)
    if (found.dialect === 'postgres')
      parts.push(sql`(SELECT SUM(xmin::text::bigint) FROM ${found.table}) AS ${name('x')}`)
    read.push({ collection: collections[index]!, index })
  }
  const runner = tables.find((found) => found !== null)
  if (!runner || read.length === 0) return Object.fromEntries(collections.map((slug) => [slug, null]))
  const [row] = await runner.run(sql`SELECT ${sql.join(parts, sql`, `)}`)
  if (!row) return null
  const stamps: Record<string, null | string> = Object.fromEntries(collections.map((slug) => [slug, null]))
  for (const { collection, index } of read)
    stamps[collection] = JSON.stringify([row[`c${index}`], row[`u${index}`], row[`x${index}`] ?? null])
  return stamps
}
