import type { Rule } from './types.js'

import { campaignMonth } from './campaignMonth.js'
import { localTime } from '../time/localTime.js'

/** The post's campaign month should lie within its phase's months. */
export const phaseMonths: Rule = ({ phase, plan, post }) => {
  if (!phase || !post.publishAt) return []
  const { month } = localTime({ instant: post.publishAt, timezone: plan.timezone })
  const current = campaignMonth({ month, startMonth: plan.startMonth })
  const { from, to } = phase.months
  if (current >= from && (to == null || current <= to)) return []
  const vars = { phase: phase.name, from, to: to ?? undefined, month: current }
  return [
    {
      path: 'publishAt',
      message: { key: to == null ? 'outsidePhaseMonthsOpen' : 'outsidePhaseMonths', vars },
    },
  ]
}
