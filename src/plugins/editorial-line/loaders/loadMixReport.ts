import type { PayloadRequest, Where } from 'payload'

import type { MixGroup } from '../constants.js'
import type { MixPlanRow } from '../rules/types.js'

import { loadPlan } from './loadPlan.js'
import { configuredGroups } from '../config/pluginSettings.js'
import { monthBounds } from '../time/monthBounds.js'
import { planRowInForce } from '../rules/planRowInForce.js'
import { type GroupCounts, type GroupMix, mixVerdicts } from '../mix/mixVerdicts.js'

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

/**
 * The mix of each month, counted in the database (one count query per group and figure, months
 * cut at midnight in the plan timezone), never by loading posts.
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
    collection: 'targets',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { mixGroup: true },
    req,
  })
  const targetsOf = (group: MixGroup) =>
    targets.docs.filter((target) => target.mixGroup === group).map((target) => target.id)

  return Promise.all(
    months.map(async (month) => {
      const { start, end } = monthBounds({ month, timezone })
      const count = async (group: MixGroup, figure: keyof GroupCounts) => {
        const ids = targetsOf(group)
        if (ids.length === 0) return 0
        const where: Where = {
          and: [
            { publishAt: { greater_than_equal: start } },
            { publishAt: { less_than: end } },
            { target: { in: ids } },
            { status: { in: STATUSES[figure] } },
          ],
        }
        return (await payload.count({ collection: 'posts', where, req })).totalDocs
      }
      const counts = Object.fromEntries(
        await Promise.all(
          groups.map(async (group) => [
            group,
            {
              committed: await count(group, 'committed'),
              pipeline: await count(group, 'pipeline'),
              published: await count(group, 'published'),
            },
          ]),
        ),
      ) as Record<MixGroup, GroupCounts>
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
    }),
  )
}
