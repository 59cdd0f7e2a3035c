import type { Rule } from './types.js'

import { localTime } from '../time/localTime.js'

/** A phase with a monthly cap takes at most that many posts (in review, approved or published) a month. */
export const frequencyCap: Rule = ({ counts, phase, plan, post }) => {
  const max = phase?.timing?.maxPostsPerMonth
  if (max == null || !post.publishAt || counts.phaseInMonth + 1 <= max) return []
  const { month } = localTime({ instant: post.publishAt, timezone: plan.timezone })
  return [
    {
      path: 'publishAt',
      message: { key: 'frequencyCap', vars: { phase: phase!.name, max, month, count: counts.phaseInMonth } },
    },
  ]
}
