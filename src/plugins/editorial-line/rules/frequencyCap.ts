import type { Problem, Rule } from './types.js'

import { localTime } from '../time/localTime.js'

/**
 * A phase with a monthly cap takes at most that many posts (in review, approved or published) a
 * month; so does a channel with one (a monthly newsletter), whatever the posts' phases.
 */
export const frequencyCap: Rule = ({ channel, counts, phase, plan, post }) => {
  if (!post.publishAt) return []
  const { month } = localTime({ instant: post.publishAt, timezone: plan.timezone })
  const problems: Problem[] = []
  const max = phase?.timing?.maxPostsPerMonth
  if (max != null && counts.phaseInMonth + 1 > max) {
    problems.push({
      path: 'publishAt',
      message: { key: 'frequencyCap', vars: { phase: phase!.name, max, month, count: counts.phaseInMonth } },
    })
  }
  const channelMax = channel?.maxPostsPerMonth
  const channelCount = counts.channelInMonth ?? 0
  if (channelMax != null && channelCount + 1 > channelMax) {
    problems.push({
      path: 'publishAt',
      message: {
        key: 'channelFrequencyCap',
        vars: { channel: channel!.name, max: channelMax, month, count: channelCount },
      },
    })
  }
  return problems
}
