import type { PayloadRequest } from 'payload'

/** A month's instants `[start, end)`, ISO strings in UTC (`monthBounds`). */
export type MonthSpan = { month: string; start: string; end: string }

export type PostCount = { month: string; target: null | number | string; status: string; count: number }

/** What this reads of Payload's SQL adapters (`@payloadcms/drizzle`: SQLite and PostgreSQL). */
type SqlAdapter = {
  name: string
  drizzle?: unknown
  sessions?: Record<string, { db: unknown }>
  tableNameMap?: Map<string, string>
  tables?: Record<string, Record<string, { name?: string } | undefined>>
  execute?: (args: { drizzle: unknown; raw: string }) => Promise<unknown> | unknown
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
const WORD = /^[a-z_]+$/
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

/**
 * The posts of `statuses` in each of `months`, counted per month, target and status in one grouped
 * query (the months cut by a CASE on `publishAt`), whatever the number of months and groups.
 *
 * Payload's database API has no grouped count: this runs on the SQL adapters' own statement runner,
 * so the plugin needs no database package of its own. The statement holds only dates this code
 * wrote and statuses it knows, checked before they are written in. On another database (MongoDB)
 * it answers `null` and the caller counts through Payload.
 */
export const countPostsByMonth = async ({
  req,
  collection = 'posts',
  months,
  statuses,
}: {
  req: PayloadRequest
  collection?: string
  months: MonthSpan[]
  statuses: string[]
}): Promise<null | PostCount[]> => {
  const db = req.payload.db as unknown as SqlAdapter
  const tableName = db.tableNameMap?.get(collection.replaceAll('-', '_'))
  const table = tableName ? db.tables?.[tableName] : undefined
  const column = (field: string) => table?.[field]?.name
  const [publishAt, target, status] = ['publishAt', 'target', 'status'].map(column)
  if (!db.execute || !db.drizzle || !tableName || !publishAt || !target || !status) return null
  if (months.length === 0 || statuses.length === 0) return []
  for (const { start, end } of months) {
    if (!ISO_UTC.test(start) || !ISO_UTC.test(end))
      throw new Error(`countPostsByMonth: bad bounds ${start} ${end}`)
  }
  if (!statuses.every((value) => WORD.test(value))) throw new Error('countPostsByMonth: bad status')

  const at = quote(publishAt)
  const bucket = months
    .map(({ start, end }, index) => `WHEN ${at} >= '${start}' AND ${at} < '${end}' THEN ${index}`)
    .join(' ')
  const starts = months.map(({ start }) => start).sort()
  const ends = months.map(({ end }) => end).sort()
  const raw =
    `SELECT CASE ${bucket} END AS month_index, ${quote(target)} AS target, ${quote(status)} AS status, ` +
    `COUNT(*) AS n FROM ${quote(tableName)} ` +
    `WHERE ${at} >= '${starts[0]}' AND ${at} < '${ends[ends.length - 1]}' ` +
    `AND ${quote(status)} IN (${statuses.map((value) => `'${value}'`).join(', ')}) ` +
    'GROUP BY 1, 2, 3'
  const session = req.transactionID ? db.sessions?.[String(await req.transactionID)] : undefined
  const result = (await db.execute({ drizzle: session?.db ?? db.drizzle, raw })) as {
    rows?: Record<string, unknown>[]
  }
  return (result.rows ?? []).flatMap((row) => {
    const index = row.month_index
    if (index === null || index === undefined) return []
    const month = months[Number(index)]
    if (!month) return []
    return [
      {
        month: month.month,
        target: (row.target ?? null) as null | number | string,
        status: String(row.status),
        count: Number(row.n),
      },
    ]
  })
}
