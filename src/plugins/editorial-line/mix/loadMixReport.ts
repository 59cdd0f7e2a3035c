import type { PayloadRequest, Where } from 'payload'

import type { MixGroup } from '../constants.js'
import type { MixPlanRow } from '../rules/types.js'

import { countPostsByMonth, type MonthSpan } from './countPostsByMonth.js'
import { loadPlan } from '../line/loadPlan.js'
import { configuredGroups, pluginSlugs } from '../options/pluginSettings.js'
import { monthBounds } from '../time/monthBounds.js'
import { planRowInForce } from '../rules/planRowInForce.js'
import { type GroupCounts, type GroupMix, mixVerdicts } from './mixVerdicts.js'

/** Below this many committed posts, a month's shares say little: the gauge says so. */
export const ENOUGH_COMMITTED = 10

export type MixReport = {
  month: string
  timezone: string
  /**
   * The plan row in force in the month (percent per group; `month` is the row's own month, which
   * may be earlier: a row holds until the next one), or null before the plan's first row.
   */
  plan: null | ({ month: string } & Record<MixGroup, number>)
  tolerance: number
  totals: GroupCounts
  enoughPosts: boolean
  groups: GroupMix[]
}

const STATUSES: Record<keyof GroupCounts, string[]> = {
  committed: ['approved', 'published'],
  pipeline: ['in_review'],
  published: ['published'],
}
const FIGURES = Object.keys(STATUSES) as (keyof GroupCounts)[]
const COUNTED_STATUSES = ['in_review', 'approved', 'published']

/**
 * The mix of each month, counted in the database (months cut at midnight in the plan timezone),
 * never by loading posts: one statement for all the months asked (`countPostsByMonth`), so that
 * the 13 months of the mix page cost about what one does.
 */
export const loadMixReport = async ({
  req,
  months,
}: {
  req: PayloadRequest
  months: string[]
}): Promise<MixReport[]> => {
  const { payload } = req
  const groups = configuredGroups({ payload }).map((group) => group.value)
  const plan = await loadPlan({ req })
  const { timezone } = plan
  const tolerance = plan.mixTolerance ?? 10
  const targets = await payload.find({
    collection: pluginSlugs({ payload }).targets,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { mixGroup: true },
    req,
  })
  const targetsOf = (group: MixGroup) =>
    targets.docs.filter((target) => target.mixGroup === group).map((target) => target.id)

  // Each month counted once, however often it is asked (the mix view asks its month and a strip
  // that holds it): the counts of a month asked twice would otherwise be added twice.
  const spans: MonthSpan[] = [...new Set(months)].map((month) => ({
    month,
    ...monthBounds({ month, timezone }),
  }))
  const zero = (): GroupCounts => ({ committed: 0, pipeline: 0, published: 0 })
  const countsOf = new Map(
    spans.map(({ month }) => [
      month,
      Object.fromEntries(groups.map((group) => [group, zero()])) as Record<MixGroup, GroupCounts>,
    ]),
  )
  const grouped = await countPostsByMonth({
    req,
    collection: pluginSlugs({ payload }).posts,
    months: spans,
    // Only targets in a declared group count towards the mix.
    targets: targets.docs
      .filter((target) => groups.includes(target.mixGroup as MixGroup))
      .map((target) => target.id),
    statuses: COUNTED_STATUSES,
  })
  if (grouped) {
    const groupOf = new Map(targets.docs.map((target) => [String(target.id), target.mixGroup as MixGroup]))
    for (const { month, target, status, count } of grouped) {
      const group = groupOf.get(String(target))
      const counts = group === undefined ? undefined : countsOf.get(month)?.[group]
      if (!counts) continue
      for (const figure of FIGURES) if (STATUSES[figure].includes(status)) counts[figure] += count
    }
  } else {
    // A database without SQL (MongoDB): one count per month, group and figure, through Payload.
    await Promise.all(
      spans.flatMap(({ month, start, end }) =>
        groups.flatMap((group) =>
          FIGURES.map(async (figure) => {
            const ids = targetsOf(group)
            if (ids.length === 0) return
            const where: Where = {
              and: [
                { publishAt: { greater_than_equal: start } },
                { publishAt: { less_than: end } },
                { target: { in: ids } },
                { status: { in: STATUSES[figure] } },
              ],
            }
            countsOf.get(month)![group][figure] = (
              await payload.count({ collection: pluginSlugs({ payload }).posts, where, req })
            ).totalDocs
          }),
        ),
      ),
    )
  }

  return months.map((month) => {
    const counts = countsOf.get(month)!
    const row = planRowInForce({ rows: (plan.mix ?? []) as unknown as MixPlanRow[], month })
    const planRow = row
      ? (Object.fromEntries(groups.map((group) => [group, Number(row[group] ?? 0)])) as Record<
          MixGroup,
          number
        >)
      : null
    const totals = groups.reduce(
      (sum, group) => ({
        committed: sum.committed + counts[group].committed,
        pipeline: sum.pipeline + counts[group].pipeline,
        published: sum.published + counts[group].published,
      }),
      { committed: 0, pipeline: 0, published: 0 },
    )
    return {
      month,
      timezone,
      plan: row && planRow ? ({ month: row.month, ...planRow } as NonNullable<MixReport['plan']>) : null,
      tolerance,
      totals,
      enoughPosts: totals.committed >= ENOUGH_COMMITTED,
      groups: mixVerdicts({ groups, counts, plan: planRow, tolerance }),
    }
  })
}
