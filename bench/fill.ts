import type { Payload } from 'payload'

import type { PostStatus } from '../src/plugins/editorial-line/constants'

type Statement = { sql: string; args: (null | number | string)[] }
type LibsqlClient = { batch: (statements: Statement[], mode: 'write') => Promise<unknown> }
type PgClient = { query: (sql: string, args?: unknown[]) => Promise<unknown>; release: () => void }
type PgPool = { connect: () => Promise<PgClient> }

export type Row = {
  title: string
  target: number
  phase: number
  message: null | number
  format: string
  /** The channel's id (a relationship since channels are a collection). */
  channel: number
  publishAt: string
  status: PostStatus
}

const COLUMNS = [
  'title',
  'target_id',
  'phase_id',
  'message_id',
  'format',
  'channel_id',
  'publish_at',
  'status',
  '_status',
]
// SQLite allows 32,766 bound values per statement, PostgreSQL 65,535.
const ROWS_PER_STATEMENT = 1000

/**
 * Inserts rows straight into a collection's table in one transaction (SQLite or PostgreSQL): the Local API would take
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
  const db = payload.db as unknown as { name: string; client?: LibsqlClient; pool?: PgPool }
  const postgres = db.name === 'postgres'
  const statements: Statement[] = []
  for (let offset = 0; offset < rows.length; offset += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(offset, offset + ROWS_PER_STATEMENT)
    let n = 0
    // PostgreSQL numbers its parameters; each takes its column's type (the enums included).
    const placeholders = () => `(${COLUMNS.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`
    statements.push({
      sql: `INSERT INTO "${table}" (${COLUMNS.map((column) => `"${column}"`).join(', ')}) VALUES ${chunk
        .map(() => placeholders())
        .join(', ')}`,
      args: chunk.flatMap((row) => [
        row.title,
        row.target,
        row.phase,
        row.message,
        row.format,
        row.channel,
        row.publishAt,
        row.status,
        row.status === 'approved' || row.status === 'published' ? 'published' : 'draft',
      ]),
    })
  }
  if (postgres) {
    // One connection: the statements are one transaction.
    const client = await db.pool!.connect()
    try {
      await client.query('BEGIN')
      for (const { sql, args } of statements) await client.query(sql, args)
      await client.query('COMMIT')
      // Statistics and the visibility map, as autovacuum would leave them on a live database
      // (index-only scans need the latter).
      await client.query(`VACUUM ANALYZE "${table}"`)
    } finally {
      client.release()
    }
  } else {
    await db.client!.batch(statements, 'write')
  }
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
