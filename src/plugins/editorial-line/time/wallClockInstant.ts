import { TZDate } from '@date-fns/tz'

/**
 * The instant, in milliseconds, a wall clock in `timezone` shows `day` (`YYYY-MM-DD`) `minutes` after
 * its midnight. Minutes past the day run on into the next (1440 is the next midnight); a time the clocks
 * skip (going forward) lands after the jump.
 */
export const wallClockMinutes = ({
  day,
  minutes,
  timezone,
}: {
  day: string
  minutes: number
  timezone: string
}) => {
  const [year, month, date] = day.split('-').map(Number)
  return new TZDate(year, month - 1, date, Math.floor(minutes / 60), minutes % 60, timezone).getTime()
}

/** The instant a wall clock in `timezone` shows `local` (`YYYY-MM-DD HH:mm`), as an ISO string in UTC. */
export const wallClockInstant = ({ local, timezone }: { local: string; timezone: string }) => {
  const [day, time] = local.split(' ')
  const [hours, minutes] = time.split(':').map(Number)
  return new Date(wallClockMinutes({ day, minutes: hours * 60 + minutes, timezone })).toISOString()
}
