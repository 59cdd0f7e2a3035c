import type { MixGroup } from '../constants.js'
import type { PlanFacts } from './types.js'

import { localTime } from '../time/localTime.js'

/** The plan's planned share for the group in the month of `publishAt`, or null when the plan has no row. */
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
  const row = plan.mix.find((candidate) => candidate.month === month)
  if (!row) return null
  const planned = row[group]
  return { month, planned: typeof planned === 'number' ? planned : 0 }
}
