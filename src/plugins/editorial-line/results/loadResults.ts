import type { PayloadRequest } from 'payload'

import type { SQL } from 'drizzle-orm'

import type { ResultGrouping } from './resultsQuery.js'

import { WEEKDAYS } from '../constants.js'
import { resultFigures, type ResultFigures } from './resultFigures.js'
import { monthBounds } from '../time/monthBounds.js'
import { utcOffsets } from '../time/utcOffsets.js'
import { loadPlan } from '../line/loadPlan.js'
import { loadDrizzle } from '../db/loadDrizzle.js'
import { sqlTable } from '../db/sqlTable.js'
import { pluginSlugs } from '../options/pluginSettings.js'

/** One group of measured posts: its key (an id, a format, `mon`…`sun`, an hour `0`…`23`) and figures. */
export type ResultGroupRow = ResultFigures & { key: string }

export type ResultsReport = {
  from: string
  to: string
  timezone: string
  groupBy: ResultGrouping
  groups: ResultGroupRow[]
  /** For targets, phases and messages: each key's name (a message's text), and a phase's objective. */
  names: Record<string, { name: string; objective?: null | string }>
}

/** Payload's drizzle adapters as this loader uses them (SQLite and PostgreSQL). */
type DrizzleAdapter = {
  name: string
  drizzle: { select: (fields: Record<string, unknown>) => any }
}

/** `drizzle-orm`, loaded on the SQL adapters only (`loadDrizzle`). */
type Drizzle = NonNullable<Awaited<ReturnType<typeof loadDrizzle>>>

/** The measure's error when the database is not one of Payload's SQL adapters (MongoDB). */
export class ResultsNeedSqlError extends Error {}

/**
 * The stored UTC instant `column` on the plan's wall clock, as `strftime` (SQLite) or `extract`
 * (PostgreSQL) of one part: `dow` (0 = Sunday) or `hour`.
 */
const wallClockPart = ({
  sql,
  db,
  column,
  part,
  start,
  end,
  timezone,
}: {
  sql: Drizzle['sql']
  db: DrizzleAdapter
  column: unknown
  part: 'dow' | 'hour'
  start: string
  end: string
  timezone: string
}): SQL => {
  if (db.name === 'postgres') {
    return sql`cast(extract(${sql.raw(part)} from ${column} at time zone ${timezone}) as integer)`
  }
  // SQLite has no timezones: shift each instant by the offset its span of the range has.
  const spans = utcOffsets({ start, end, timezone })
  const shift = sql.join(
    [
      sql`case`,
      ...spans
        .slice(1)
        .reverse()
        .map((span) => sql`when ${column} >= ${span.from} then ${`${span.offset} minutes`}`),
      sql`else ${`${spans[0].offset} minutes`} end`,
    ],
    sql` `,
  )
  const format = part === 'dow' ? '%w' : '%H'
  return sql`cast(strftime(${format}, ${column}, ${shift}) as integer)`
}

/**
 * The results of the published, measured posts dated within the months `from`…`to` (cut at midnight
 * in the plan timezone), grouped in the database: one grouped query, whose inner query ranks each
 * group's per-post engagement rates (window functions) so that the median is taken there too.
 * Never loads posts. The editorial team's figures: call it once the caller is known to be of it.
 */
export const loadResults = async ({
  req,
  from,
  to,
  groupBy,
}: {
  req: PayloadRequest
  from: string
  to: string
  groupBy: ResultGrouping
}): Promise<ResultsReport> => {
  const db = req.payload.db as unknown as DrizzleAdapter
  const drizzle = await loadDrizzle({ payload: req.payload })
  const found = drizzle && sqlTable({ req, collection: pluginSlugs({ payload: req.payload }).posts })
  if (!drizzle || !found) throw new ResultsNeedSqlError('results need a SQL database')
  const { and, eq, gte, isNotNull, lt, sql } = drizzle
  const { timezone } = await loadPlan({ req })
  const { start } = monthBounds({ month: from, timezone })
  const { end } = monthBounds({ month: to, timezone })
  // The posts' drizzle table in the adapter's schema: its columns by field (`metrics_impressions` for
  // `metrics.impressions`), rendered as the names the schema gave them.
  const posts = found.table as unknown as Record<string, any>

  const keyOf: Record<ResultGrouping, () => SQL> = {
    target: () => sql`${posts.target}`,
    phase: () => sql`${posts.phase}`,
    message: () => sql`${posts.message}`,
    format: () => sql`${posts.format}`,
    weekday: () => wallClockPart({ sql, db, column: posts.publishAt, part: 'dow', start, end, timezone }),
    hour: () => wallClockPart({ sql, db, column: posts.publishAt, part: 'hour', start, end, timezone }),
  }
  const key = keyOf[groupBy]()
  const count = (column: unknown) => sql`coalesce(${column}, 0)`
  const engagements = sql`(${count(posts.metrics_reactions)} + ${count(posts.metrics_comments)} + ${count(posts.metrics_shares)})`
  // A post's own rate; none without impressions (ranked after the others in both databases).
  const postRate = sql`case when ${count(posts.metrics_impressions)} > 0 then ${engagements} * 1.0 / ${posts.metrics_impressions} end`

  const measured = db.drizzle
    .select({
      key: sql`${key}`.as('group_key'),
      impressions: sql`${count(posts.metrics_impressions)}`.as('impressions'),
      engagements: sql`${engagements}`.as('engagements'),
      clicks: sql`${count(posts.metrics_clicks)}`.as('clicks'),
      rate: sql`${postRate}`.as('rate'),
      rank: sql`row_number() over (partition by ${key} order by case when ${postRate} is null then 1 else 0 end, ${postRate})`.as(
        'rate_rank',
      ),
      rated: sql`count(${postRate}) over (partition by ${key})`.as('rated'),
    })
    .from(posts)
    .where(
      and(
        // Payload's `_status` too: it lets both databases read the month off the (_status, publishAt)
        // index, where SQLite would otherwise walk every published post (bench/).
        eq(posts._status, 'published'),
        eq(posts.status, 'published'),
        isNotNull(posts.metrics_measuredAt),
        gte(posts.publishAt, start),
        lt(posts.publishAt, end),
      ),
    )
    .as('measured')

  const rows: Record<string, unknown>[] = await db.drizzle
    .select({
      key: measured.key,
      posts: sql`count(*)`,
      impressions: sql`sum(${measured.impressions})`,
      engagements: sql`sum(${measured.engagements})`,
      clicks: sql`sum(${measured.clicks})`,
      median: sql`avg(case when ${measured.rank} in ((${measured.rated} + 1) / 2, (${measured.rated} + 2) / 2) and ${measured.rate} is not null then ${measured.rate} end)`,
    })
    .from(measured)
    .groupBy(measured.key)
    .orderBy(measured.key)

  const keyText = (value: unknown) =>
    groupBy === 'weekday' ? WEEKDAYS[(Number(value) + 6) % 7] : value === null ? 'none' : String(value)
  const groups = rows.map((row) => ({
    key: keyText(row.key),
    ...resultFigures({
      posts: Number(row.posts),
      impressions: Number(row.impressions),
      engagements: Number(row.engagements),
      clicks: Number(row.clicks),
      medianEngagementRate: row.median === null || row.median === undefined ? null : Number(row.median),
    }),
  }))
  // Weekdays from Monday, hours in order: the database sorted them as text or from Sunday.
  if (groupBy === 'weekday')
    groups.sort((a, b) => WEEKDAYS.indexOf(a.key as never) - WEEKDAYS.indexOf(b.key as never))
  if (groupBy === 'hour') groups.sort((a, b) => Number(a.key) - Number(b.key))
  return { from, to, timezone, groupBy, groups, names: await loadNames({ req, groupBy, groups }) }
}

/** The names of the targets, phases or messages the groups are keyed by, in one query. */
const loadNames = async ({
  req,
  groupBy,
  groups,
}: {
  req: PayloadRequest
  groupBy: ResultGrouping
  groups: ResultGroupRow[]
}): Promise<ResultsReport['names']> => {
  const slugs = pluginSlugs({ payload: req.payload })
  const relations = { target: slugs.targets, phase: slugs.phases, message: slugs.messages }
  if (!(groupBy in relations) || groups.length === 0) return {}
  const collection = relations[groupBy as keyof typeof relations]
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: groups.map((group) => group.key).filter((key) => key !== 'none') } },
    depth: 0,
    limit: 0,
    pagination: false,
    select:
      collection === slugs.messages
        ? { text: true }
        : collection === slugs.phases
          ? { name: true, objective: true }
          : { name: true },
    req,
  })
  return Object.fromEntries(
    (
      docs as unknown as { id: number | string; name?: string; text?: string; objective?: null | string }[]
    ).map((doc) => [
      String(doc.id),
      { name: doc.name ?? doc.text ?? String(doc.id), objective: doc.objective },
    ]),
  )
}
