/** The hours a week view shows by default: a working day. */
export const DAY_HOURS = { from: 7, to: 21 } as const

/**
 * The hours `[from, to)` a week view shows: the working day, widened so that no post falls
 * outside it.
 */
export const visibleHours = ({ minutes }: { minutes: number[] }) => ({
  from: Math.min(DAY_HOURS.from, ...minutes.map((value) => Math.floor(value / 60))),
  to: Math.max(DAY_HOURS.to, ...minutes.map((value) => Math.floor(value / 60) + 1)),
})
