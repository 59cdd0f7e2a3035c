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

/** Ids go into the statement as literals: integers, or uuid-like text. */
const idLiteral = (id: number | string) => {
  if (typeof id === 'number' && Number.isSafeInteger(id)) return String(id)
  if (typeof id === 'string' && /^[0-9A-Za-z-]+$/.test(id)) return /^\d+$/.test(id) ? id : `'${id}'`
  throw new Error(`countPostsByMonth: bad target id ${String(id)}`)
}

/**
 * The posts of `targets` and `statuses` in each of `months`, counted per month, target and status in
 * one statement, whatever the number of months and groups.
 *
 * The statement is a grid of counts, one per month, target and status, each a range of the
 * (target, status, publishAt) index. A single GROUP BY over the months' posts costs a sort of every
 * post in them: 13 months of a busy archive took 7× one month (bench/), the grid about 2×.
 *
 * Payload's database API has no grouped count: this runs on the SQL adapters' own statement runner,
 * so the plugin needs no database package of its own. The statement holds only dates this code
 * wrote, statuses it knows and ids it checked, before they are written in. On another database
 * (MongoDB) it answers `null` and the caller counts through Payload.
 */
export const countPostsByMonth = async ({
  req,
  collection = 'posts',
  months,
  targets,
  statuses,
}: {
  req: PayloadRequest
  collection?: string
  months: MonthSpan[]
  targets: (number | string)[]
  statuses: string[]
}): Promise<null | PostCount[]> => {
  const db = req.payload.db as unknown as SqlAdapter
  const tableName = db.tableNameMap?.get(collection.replaceAll('-', '_'))
  const table = tableName ? db.tables?.[tableName] : undefined
  const column = (field: string) => table?.[field]?.name
  const [publishAt, target, status] = ['publishAt', 'target', 'status'].map(column)
  if (!db.execute || !db.drizzle || !tableName || !publishAt || !target || !status) return null
  if (months.length === 0 || statuses.length === 0 || targets.length === 0) return []
  for (const { start, end } of months) {
    if (!ISO_UTC.test(start) || !ISO_UTC.test(end))
      throw new Error(`countPostsByMonth: bad bounds ${start} ${end}`)
  }
  if (!statuses.every((value) => WORD.test(value))) throw new Error('countPostsByMonth: bad status')
  const ids = targets.map(idLiteral)

  const cells = months.flatMap((_month, monthIndex) =>
    ids.flatMap((_id, targetIndex) =>
      statuses.map((_status, statusIndex) => ({ monthIndex, targetIndex, statusIndex })),
    ),
  )
  const raw = cells
    .map(({ monthIndex, targetIndex, statusIndex }) => {
      const { start, end } = months[monthIndex]!
      return (
        `SELECT ${monthIndex} AS month_index, ${targetIndex} AS target_index, ` +
        `${statusIndex} AS status_index, (SELECT COUNT(*) FROM ${quote(tableName)} ` +
        `WHERE ${quote(target)} = ${ids[targetIndex]} AND ${quote(status)} = '${statuses[statusIndex]}' ` +
        `AND ${quote(publishAt)} >= '${start}' AND ${quote(publishAt)} < '${end}') AS n`
      )
    })
    .join(' UNION ALL ')
  const session = req.transactionID ? db.sessions?.[String(await req.transactionID)] : undefined
  const result = (await db.execute({ drizzle: session?.db ?? db.drizzle, raw })) as {
    rows?: Record<string, unknown>[]
  }
  return (result.rows ?? []).flatMap((row) => {
    const month = months[Number(row.month_index)]
    const id = targets[Number(row.target_index)]
    const state = statuses[Number(row.status_index)]
    const count = Number(row.n)
    if (!month || id === undefined || !state || !count) return []
    return [{ month: month.month, target: id, status: state, count }]
  })
}
