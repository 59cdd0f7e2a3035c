import type { Weekday } from '../constants.js'
import type { Timing } from '../rules/types.js'

import { isTimeOfDay, minutesOfDay } from '../validators/timeOfDay.js'

/** Minutes since local midnight, `start` included, `end` excluded. */
export type Interval = { start: number; end: number }

const WHOLE_DAY: Interval = { start: 0, end: 24 * 60 }

/**
 * The part of a weekday a timing window covers, or null when the window skips that day. No days
 * means any day, no hours (or only one of them) the whole day, as the timing rule reads them.
 */
export const windowOnDay = ({
  timing,
  weekday,
}: {
  timing?: null | Timing
  weekday: Weekday
}): Interval | null => {
  if (timing?.days?.length && !timing.days.includes(weekday)) return null
  const { start, end } = timing ?? {}
  if (!start || !end || !isTimeOfDay({ value: start }) || !isTimeOfDay({ value: end, endOfDay: true }))
    return { ...WHOLE_DAY }
  const interval = { start: minutesOfDay(start), end: minutesOfDay(end) }
  return interval.end > interval.start ? interval : null
}
