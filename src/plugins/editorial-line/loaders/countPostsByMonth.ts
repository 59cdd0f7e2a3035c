import type { PayloadRequest } from 'payload'

import { idLiteral, instantLiteral, sqlTable, wordLiteral } from './rawSql.js'

/** A month's instants `[start, end)`, ISO strings in UTC (`monthBounds`). */
export type MonthSpan = { month: string; start: string; end: string }

export type PostCount = { month: string; target: null | number | string; status: string; count: number }

/**
 * The posts of `targets` and `statuses` in each of `months`, counted per month, target and status in
 * one statement, whatever the number of months and groups; `null` on a database without SQL.
 *
 * The statement is a grid of counts, one per month, target and status, each a range of the
 * (target, status, publishAt) index. A single GROUP BY over the months' posts costs a sort of every
 * post in them: 13 months of a busy archive took 7× one month (bench/).
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
  const table = sqlTable({ req, collection })
  const [publishAt, target, status] = ['publishAt', 'target', 'status'].map((field) => table?.column(field))
  if (!table || !publishAt || !target || !status) return null
  if (months.length === 0 || statuses.length === 0 || targets.length === 0) return []
  const ids = targets.map(idLiteral)
  const states = statuses.map(wordLiteral)

  const cells = months.flatMap(({ start, end }, monthIndex) =>
    ids.flatMap((id, targetIndex) =>
      states.map(
        (state, statusIndex) =>
          `SELECT ${monthIndex} AS month_index, ${targetIndex} AS target_index, ${statusIndex} AS status_index, ` +
          `(SELECT COUNT(*) FROM ${table.name} WHERE ${target} = ${id} AND ${status} = ${state} ` +
          `AND ${publishAt} >= ${instantLiteral(start)} AND ${publishAt} < ${instantLiteral(end)}) AS n`,
      ),
    ),
  )
  const rows = await table.run(cells.join(' UNION ALL '))
  return rows.flatMap((row) => {
    const month = months[Number(row.month_index)]
    const id = targets[Number(row.target_index)]
    const state = statuses[Number(row.status_index)]
    const count = Number(row.n)
    if (!month || id === undefined || !state || !count) return []
    return [{ month: month.month, target: id, status: state, count }]
  })
}
