import type { PayloadRequest } from 'payload'

import { campaignMonth } from '../rules/campaignMonth.js'
import { coverageGrid, type CoveragePhase, type CoverageRow } from './coverageGrid.js'
import { monthBounds } from '../time/monthBounds.js'
import { loadPlan } from '../line/loadPlan.js'
import { pluginSlugs } from '../options/pluginSettings.js'

/** Committed posts: what the mix counts too. */
const COMMITTED = ['approved', 'published']

/**
 * The journey coverage of `month` (cut in the plan timezone): every target and phase, and one count
 * query per phase of its committed posts. Call it for the editorial team only.
 */
export const loadCoverage = async ({
  req,
  month,
}: {
  req: PayloadRequest
  month: string
}): Promise<{ campaignMonth: number | null; rows: CoverageRow[] }> => {
  const { payload } = req
  const plan = await loadPlan({ req })
  const { start, end } = monthBounds({ month, timezone: plan.timezone })
  const [targets, phases] = await Promise.all([
    payload.find({
      collection: pluginSlugs({ payload }).targets,
      depth: 0,
      pagination: false,
      sort: 'name',
      select: { name: true },
      req,
    }),
    payload.find({
      collection: pluginSlugs({ payload }).phases,
      depth: 0,
      pagination: false,
      select: { target: true, key: true, name: true, months: true },
      req,
    }),
  ])
  const counts = await Promise.all(
    phases.docs.map(async (phase) => {
      const { totalDocs } = await payload.count({
        collection: pluginSlugs({ payload }).posts,
        where: {
          and: [
            { phase: { equals: phase.id } },
            { status: { in: COMMITTED } },
            { publishAt: { greater_than_equal: start } },
            { publishAt: { less_than: end } },
          ],
        },
        req,
      })
      return [String(phase.id), totalDocs] as const
    }),
  )
  const current = plan.startMonth ? campaignMonth({ month, startMonth: plan.startMonth }) : null
  return {
    campaignMonth: current,
    rows: coverageGrid({
      targets: targets.docs.map((target) => ({ id: target.id, name: target.name as string })),
      phases: phases.docs as unknown as CoveragePhase[],
      posts: Object.fromEntries(counts),
      // Without a start month no phase is in season: nothing to flag.
      campaignMonth: current ?? Number.NaN,
    }),
  }
}
