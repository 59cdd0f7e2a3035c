import type { Payload } from 'payload'

import type { PostStatus } from '../src/plugins/editorial-line/constants'

type Statement = { sql: string; args: (null | number | string)[] }
type LibsqlClient = { batch: (statements: Statement[], mode: 'write') => Promise<unknown> }

export type Row = {
  title: string
  target: number
  phase: number
  message: null | number
  format: string
  publishAt: string
  status: PostStatus
}

const COLUMNS = [
  'title',
  'target_id',
  'phase_id',
  'message_id',
  'format',
  'channel',
  'publish_at',
  'status',
  '_status',
]
// SQLite allows 32,766 bound values per statement.
const ROWS_PER_STATEMENT = 1000

/**
 * Inserts rows straight into a collection's table in one transaction: the Local API would take
 * hours for 100,000 posts. Approved and published rows are stored as Payload's published version,
 * as the workflow leaves them; the versions table stays empty, no path measured here reads it.
 */
export const insertRows = async ({
  payload,
  table,
  rows,
}: {
  payload: Payload
  table: string
  rows: Row[]
}) => {
  const { client } = payload.db as unknown as { client: LibsqlClient }
  const statements: Statement[] = []
  for (let offset = 0; offset < rows.length; offset += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(offset, offset + ROWS_PER_STATEMENT)
    const placeholders = `(${COLUMNS.map(() => '?').join(', ')})`
    statements.push({
      sql: `INSERT INTO "${table}" (${COLUMNS.map((column) => `"${column}"`).join(', ')}) VALUES ${chunk
        .map(() => placeholders)
        .join(', ')}`,
      args: chunk.flatMap((row) => [
        row.title,
        row.target,
        row.phase,
        row.message,
        row.format,
        'linkedin',
        row.publishAt,
        row.status,
        row.status === 'approved' || row.status === 'published' ? 'published' : 'draft',
      ]),
    })
  }
  await client.batch(statements, 'write')
}

/** Mulberry32: the same posts on every run. */
export const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

export const pick = <T>(next: () => number, weighted: [T, number][]): T => {
  let roll = next() * weighted.reduce((sum, [, weight]) => sum + weight, 0)
  for (const [value, weight] of weighted) {
    roll -= weight
    if (roll < 0) return value
  }
  return weighted[weighted.length - 1][0]
}
