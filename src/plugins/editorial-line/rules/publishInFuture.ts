import type { Rule } from './types.js'

import { localTime } from '../time/localTime.js'

/** A post submitted or rescheduled must be dated ahead of now. */
export const publishInFuture: Rule = ({ now, plan, post, submitting }) => {
  if (!submitting || !post.publishAt || new Date(post.publishAt).getTime() > now.getTime()) return []
  const { display } = localTime({ instant: post.publishAt, timezone: plan.timezone })
  return [
    {
      path: 'publishAt',
      message: { key: 'publishAtInPast', vars: { date: display, timezone: plan.timezone } },
    },
  ]
}
