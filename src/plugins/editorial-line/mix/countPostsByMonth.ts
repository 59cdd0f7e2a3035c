import type { PayloadRequest } from 'payload'

import { loadDrizzle } from '../db/loadDrizzle.js'
import { sqlTable } from '../db/sqlTable.js'

/** A month's instants `[start, end)`, ISO strings in UTC (`monthBounds`). */
export type MonthSpan = { month: string; start: string; end: string }

export type PostCount = { month: string; target: null | number | string; status: string; count: number }

/** One row of either statement, once its month and target are known; nothing for an empty count. */
const postCount = ({
  month,
  target,
  row,
}: {
  month: MonthSpan | undefined
  target: number | string | undefined
  row: Record<string, unknown>
}): PostCount[] => {
  const count = Number(row.n)
  return month && target !== undefined && count
    ? [{ month: month.month, target, status: String(row.status), count }]
    : []
}

/**
 * The posts of `targets` and `statuses` in each of `months`, counted per month, target and status in
 * one statement, whatever the number of months and groups; `null` on a database without SQL.
 *
 * Each database gets the statement it runs well (bench/, 13 months of a busy archive vs one month):
 * - SQLite: one count per month and target, grouped by status, each ranges of the
 *   (target, status, publishAt) index read in its order. One GROUP BY over all the months' posts
 *   sorted every one of them (7×).
 * - PostgreSQL: that one GROUP BY, the months cut by a CASE (2×). Planning SQLite's dozens of
 *   subqueries cost more there than the counts (28× with one per month, target and status).
 */
export const countPostsByMonth = async ({
  req,
  collection,
  months,
  targets,
  statuses,
}: {
  req: PayloadRequest
  /** The posts collection's slug. */
  collection: string
  months: MonthSpan[]
  targets: (number | string)[]
  statuses: string[]
}): Promise<null | PostCount[]> => {
  const drizzle = await loadDrizzle({ payload: req.payload })
  const found = drizzle && sqlTable({ req, collection })
  const [publishAt, target, status] = ['publishAt', 'target', 'status'].map((field) => found?.column(field))
  if (!drizzle || !found || !publishAt || !target || !status) return null
  if (months.length === 0 || statuses.length === 0 || targets.length === 0) return []
  const { and, gte, inArray, lt, eq, sql } = drizzle
  const within = ({ start, end }: { start: string; end: string }) =>
    and(gte(publishAt, start), lt(publishAt, end))

  if (found.dialect === 'postgres') {
    const bucket = sql.join(
      months.map((month, index) => sql`WHEN ${within(month)} THEN CAST(${index} AS integer)`),
      sql` `,
    )
    const first = months.map(({ start }) => start).sort()[0]!
    const last = months.map(({ end }) => end).sort()[months.length - 1]!
    const rows = await found.run(
      sql`SELECT CASE ${bucket} END AS month_index, ${target} AS target, ${status} AS status, COUNT(*) AS n
        FROM ${found.table} WHERE ${and(within({ start: first, end: last }), inArray(status, statuses), inArray(target, targets))} GROUP BY 1, 2, 3`,
    )
    return rows.flatMap((row) =>
      postCount({
        month: row.month_index == null ? undefined : months[Number(row.month_index)],
        target: targets.find((candidate) => String(candidate) === String(row.target)),
        row,
      }),
    )
  }

  const cells = months.flatMap((month, monthIndex) =>
    targets.map(
      (id, targetIndex) =>
        sql`SELECT ${monthIndex} AS month_index, ${targetIndex} AS target_index, ${status} AS status, COUNT(*) AS n
        FROM ${found.table} WHERE ${and(eq(target, id), inArray(status, statuses), within(month))} GROUP BY ${status}`,
    ),
  )
  const rows = await found.run(sql.join(cells, sql` UNION ALL `))
  return rows.flatMap((row) =>
    postCount({ month: months[Number(row.month_index)], target: targets[Number(row.target_index)], row }),
  )
}
