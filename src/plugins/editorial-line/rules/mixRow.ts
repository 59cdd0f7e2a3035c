import type { MixGroup } from '../constants.js'
import type { PlanFacts } from './types.js'

import { localTime } from '../time/localTime.js'
import { planRowInForce } from './planRowInForce.js'

/**
 * The plan's planned share for the group in the month of `publishAt`, from the row in force that
 * month (`planMonth`, its own month), or null before the plan's first row.
 */
export const mixRow = ({
  plan,
  publishAt,
  group,
}: {
  plan: PlanFacts
  publishAt: string
  group: MixGroup
}) => {
  const { month } = localTime({ instant: publishAt, timezone: plan.timezone })
  const row = planRowInForce({ rows: plan.mix, month })
  if (!row) return null
  const planned = row[group]
  return { month, planMonth: row.month, planned: typeof planned === 'number' ? planned : 0 }
}
