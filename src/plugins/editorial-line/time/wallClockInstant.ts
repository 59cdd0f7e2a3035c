import { TZDate } from '@date-fns/tz'

/** The instant a wall clock in `timezone` shows `local` (`YYYY-MM-DD HH:mm`), as an ISO string in UTC. */
export const wallClockInstant = ({ local, timezone }: { local: string; timezone: string }) => {
  const [date, time] = local.split(' ')
  const [year, month, day] = date.split('-').map(Number)
  const [hours, minutes] = time.split(':').map(Number)
  return new Date(new TZDate(year, month - 1, day, hours, minutes, timezone).getTime()).toISOString()
}
