import type { Rule } from './types.js'

import { minutesOfDay } from '../validators/timeOfDay.js'
import { effectiveWindow, hasOwnSlot } from './effectiveWindow.js'
import { localTime } from '../time/localTime.js'

/**
 * The post goes out on one of the window's days, at or after its start and before its end, as
 * read in the plan timezone. The phase's timing overrides the target's; a channel's own slot both.
 */
export const timingWindow: Rule = ({ channel, phase, plan, post, target }) => {
  if (!post.publishAt || !target) return []
  const window = effectiveWindow({ target: target.timing, phase: phase?.timing, channel: channel?.timing })
  const local = localTime({ instant: post.publishAt, timezone: plan.timezone })
  const dayFits = window.days.length === 0 || window.days.includes(local.weekday)
  const hoursFit =
    !window.start ||
    !window.end ||
    (local.minutes >= minutesOfDay(window.start) && local.minutes < minutesOfDay(window.end))
  if (dayFits && hoursFit) return []

  const vars = {
    who: hasOwnSlot(channel?.timing) ? channel!.name : (phase?.name ?? target.name),
    days: window.days,
    start: window.start,
    end: window.end,
    timezone: plan.timezone,
    day: local.weekday,
    time: local.time,
  }
  const key = !window.start ? 'timingDays' : window.days.length === 0 ? 'timingHours' : 'timingDaysAndHours'
  return [{ path: 'publishAt', message: { key, vars } }]
}
