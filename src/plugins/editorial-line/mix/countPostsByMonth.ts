import type { PayloadRequest } from 'payload'

import { idLiteral, instantLiteral, sqlTable, wordLiteral } from '../db/rawSql.js'

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
  const table = sqlTable({ req, collection })
  const [publishAt, target, status] = ['publishAt', 'target', 'status'].map((field) => table?.column(field))
  if (!table || !publishAt || !target || !status) return null
  if (months.length === 0 || statuses.length === 0 || targets.length === 0) return []
  const ids = targets.map(idLiteral)
  const states = statuses.map(wordLiteral)

  if (table.dialect === 'postgres') {
    const bucket = months
      .map(
        ({ start, end }, index) =>
          `WHEN ${publishAt} >= ${instantLiteral(start)} AND ${publishAt} < ${instantLiteral(end)} THEN ${index}`,
      )
      .join(' ')
    const first = months.map(({ start }) => start).sort()[0]!
    const last = months.map(({ end }) => end).sort()[months.length - 1]!
    const rows = await table.run(
      `SELECT CASE ${bucket} END AS month_index, ${target} AS target, ${status} AS status, COUNT(*) AS n ` +
        `FROM ${table.name} WHERE ${publishAt} >= ${instantLiteral(first)} AND ${publishAt} < ${instantLiteral(last)} ` +
        `AND ${status} IN (${states.join(', ')}) AND ${target} IN (${ids.join(', ')}) GROUP BY 1, 2, 3`,
    )
    return rows.flatMap((row) =>
      postCount({
        month: row.month_index == null ? undefined : months[Number(row.month_index)],
        target: targets.find((candidate) => String(candidate) === String(row.target)),
        row,
      }),
    )
  }

  const cells = months.flatMap(({ start, end }, monthIndex) =>
    ids.map(
      (id, targetIndex) =>
        `SELECT ${monthIndex} AS month_index, ${targetIndex} AS target_index, ${status} AS status, COUNT(*) AS n ` +
        `FROM ${table.name} WHERE ${target} = ${id} AND ${status} IN (${states.join(', ')}) ` +
        `AND ${publishAt} >= ${instantLiteral(start)} AND ${publishAt} < ${instantLiteral(end)} GROUP BY ${status}`,
    ),
  )
  const rows = await table.run(cells.join(' UNION ALL '))
  return rows.flatMap((row) =>
    postCount({ month: months[Number(row.month_index)], target: targets[Number(row.target_index)], row }),
  )
}
