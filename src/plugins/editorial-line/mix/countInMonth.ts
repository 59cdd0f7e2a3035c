import type { PayloadRequest, Where } from 'payload'

import { idLiteral, instantLiteral, sqlTable, wordLiteral } from '../db/rawSql.js'
import { pluginSlugs } from '../options/pluginSettings.js'

/** One count of a month's posts: those of `statuses`, of one phase and/or of some targets. */
export type MonthCountQuery = { statuses: string[]; phase?: number | string; targets?: (number | string)[] }

/**
 * Counts, for each named query, the posts published in `[start, end)` other than `exclude`: on SQL
 * databases in one statement (one scalar count per query, each on its index), elsewhere one count
 * per query through Payload. A save's rules need three such counts; one round trip instead of three.
 */
export const countInMonth = async <Name extends string>({
  req,
  start,
  end,
  exclude,
  queries,
}: {
  req: PayloadRequest
  start: string
  end: string
  exclude?: number | string
  queries: Partial<Record<Name, MonthCountQuery>>
}): Promise<Partial<Record<Name, number>>> => {
  const named = Object.entries(queries) as [Name, MonthCountQuery][]
  const table = sqlTable({ req, collection: pluginSlugs({ payload: req.payload }).posts })
  const [id, publishAt, phase, target, status] = ['id', 'publishAt', 'phase', 'target', 'status'].map(
    (field) => table?.column(field),
  )
  if (table && id && publishAt && phase && target && status) {
    const counts = named.map(([, query], index) => {
      const conditions = [
        `${publishAt} >= ${instantLiteral(start)}`,
        `${publishAt} < ${instantLiteral(end)}`,
        `${status} IN (${query.statuses.map(wordLiteral).join(', ')})`,
      ]
      if (query.phase !== undefined) conditions.push(`${phase} = ${idLiteral(query.phase)}`)
      if (query.targets !== undefined)
        conditions.push(
          query.targets.length > 0 ? `${target} IN (${query.targets.map(idLiteral).join(', ')})` : '1 = 0',
        )
      if (exclude !== undefined) conditions.push(`${id} <> ${idLiteral(exclude)}`)
      return `(SELECT COUNT(*) FROM ${table.name} WHERE ${conditions.join(' AND ')}) AS c${index}`
    })
    const [row] = named.length > 0 ? await table.run(`SELECT ${counts.join(', ')}`) : []
    return Object.fromEntries(
      named.map(([name], index) => [name, Number(row?.[`c${index}`] ?? 0)]),
    ) as Partial<Record<Name, number>>
  }
  const found = await Promise.all(
    named.map(async ([, query]) => {
      const where: Where[] = [
        { publishAt: { greater_than_equal: start } },
        { publishAt: { less_than: end } },
        { status: { in: query.statuses } },
      ]
      if (query.phase !== undefined) where.push({ phase: { equals: query.phase } })
      if (query.targets !== undefined) where.push({ target: { in: query.targets } })
      if (exclude !== undefined) where.push({ id: { not_equals: exclude } })
      return (
        await req.payload.db.count({
          collection: pluginSlugs({ payload: req.payload }).posts,
          where: { and: where },
          req,
        })
      ).totalDocs
    }),
  )
  return Object.fromEntries(named.map(([name], index) => [name, found[index]])) as Partial<
    Record<Name, number>
  >
}
