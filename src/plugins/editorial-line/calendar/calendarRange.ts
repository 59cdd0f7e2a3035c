import type { Weekday } from '../constants.js'
import type { CalendarViewKind } from './calendarParams.js'

import { addDays, dayStart, mondayOf, weekdayOf } from '../time/days.js'
import { shiftMonth } from '../time/months.js'

export type CalendarDay = {
  /** `YYYY-MM-DD` */
  day: string
  weekday: Weekday
  /** False for the days of the neighbouring months that fill a month grid's first and last weeks. */
  inRange: boolean
}

export type CalendarRange = {
  view: CalendarViewKind
  /** First and last day shown with posts (inclusive), `YYYY-MM-DD`. */
  first: string
  last: string
  /** The instants `[start, end)` the posts are read from, ISO strings in UTC. */
  start: string
  end: string
  /** Weeks of seven days, Monday first: one for a week view, four to six for a month. */
  weeks: CalendarDay[][]
  /** The date to open for the previous and the next month or week. */
  previous: string
  next: string
}

/** The first day of the month of `date` (`YYYY-MM-DD`), or of the month `offset` months away. */
const firstOfMonth = (date: string, offset = 0) => `${shiftMonth(date.slice(0, 7), offset)}-01`

/**
 * The days a calendar shows around `date`, in the plan timezone: the month of `date` as whole weeks
 * (Monday to Sunday), or the week of `date`.
 */
export const calendarRange = ({
  view,
  date,
  timezone,
}: {
  view: CalendarViewKind
  date: string
  timezone: string
}): CalendarRange => {
  const first = view === 'month' ? firstOfMonth(date) : mondayOf(date)
  const last =
    view === 'month' ? addDays({ day: firstOfMonth(date, 1), days: -1 }) : addDays({ day: first, days: 6 })
  const gridStart = mondayOf(first)
  const weeks: CalendarDay[][] = []
  for (let monday = gridStart; monday <= last; monday = addDays({ day: monday, days: 7 })) {
    weeks.push(
      Array.from({ length: 7 }, (_, index) => {
        const day = addDays({ day: monday, days: index })
        return { day, weekday: weekdayOf(day), inRange: day >= first && day <= last }
      }),
    )
  }
  return {
    view,
    first,
    last,
    start: dayStart({ day: first, timezone }),
    end: dayStart({ day: addDays({ day: last, days: 1 }), timezone }),
    weeks,
    previous: view === 'month' ? firstOfMonth(date, -1) : addDays({ day: first, days: -7 }),
    next: view === 'month' ? firstOfMonth(date, 1) : addDays({ day: first, days: 7 }),
  }
}
