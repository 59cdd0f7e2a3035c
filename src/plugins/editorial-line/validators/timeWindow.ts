import { isTimeOfDay, minutesOfDay } from './timeOfDay.js'

export type TimeWindowProblem = 'invalidTime' | 'invalidEndTime' | 'startAndEndTogether' | 'endAfterStart'

/**
 * Checks an hour range `[start, end)`: both empty (no constraint) or both valid with end after start.
 * Returns the problem, or `null` when the range is fine.
 */
export const timeWindowProblem = ({
  start,
  end,
}: {
  start?: null | string
  end?: null | string
}): null | TimeWindowProblem => {
  if (!start && !end) return null
  if (start && !isTimeOfDay({ value: start })) return 'invalidTime'
  if (end && !isTimeOfDay({ value: end, endOfDay: true })) return 'invalidEndTime'
  if (!start || !end) return 'startAndEndTogether'
  if (minutesOfDay(end) <= minutesOfDay(start)) return 'endAfterStart'
  return null
}
