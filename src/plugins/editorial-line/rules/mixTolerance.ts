import type { Rule } from './types.js'

import { mixRow } from './mixRow.js'

/** Below this many committed posts in a month, shares mean nothing and the tolerance is not checked. */
export const MIN_COMMITTED_FOR_MIX = 10

/**
 * Counting this post as committed, its group should not exceed its planned share plus the
 * tolerance, once the month has at least ten committed posts (this one included).
 */
export const mixTolerance: Rule = ({ counts, plan, post, target }) => {
  if (!target || !post.publishAt) return []
  const row = mixRow({ plan, publishAt: post.publishAt, group: target.mixGroup })
  const committed = counts.committedInMonth + 1
  if (!row || committed < MIN_COMMITTED_FOR_MIX) return []
  const share = ((counts.groupCommittedInMonth + 1) / committed) * 100
  if (share <= row.planned + plan.mixTolerance) return []
  const vars = {
    group: target.mixGroup,
    share: Math.round(share),
    month: row.month,
    planned: row.planned,
    tolerance: plan.mixTolerance,
  }
  return [{ path: 'target', message: { key: 'mixOverTolerance', vars } }]
}
