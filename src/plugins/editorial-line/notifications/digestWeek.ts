import { addDays, dayStart, localDay, mondayOf } from '../time/days.js'
import { wallClockMinutes } from '../time/wallClockInstant.js'

const DAY_MS = 86_400_000
/** Monday 08:00 on the plan's wall clock. */
const SEND_MINUTES = 8 * 60

export type DigestWeek = {
  /** The Monday of the week (`YYYY-MM-DD`), which keys each person's digest. */
  monday: string
  /** The week on the plan's wall clock: Monday 00:00 to the next Monday 00:00 (ISO, UTC). */
  from: string
  to: string
}

/**
 * The week whose digest is due at `now`, or `null`: from Monday 08:00 in the plan's timezone, for a day
 * (a server down at 08:00 still sends it that Monday; one started on a Wednesday does not send a stale one).
 */
export const digestWeek = ({ now, timezone }: { now: Date; timezone: string }): DigestWeek | null => {
  const monday = mondayOf(localDay({ instant: now, timezone }))
  const sendAt = wallClockMinutes({ day: monday, minutes: SEND_MINUTES, timezone })
  const since = now.getTime() - sendAt
  if (since < 0 || since >= DAY_MS) return null
  return {
    monday,
    from: dayStart({ day: monday, timezone }),
    to: dayStart({ day: addDays({ day: monday, days: 7 }), timezone }),
  }
}
