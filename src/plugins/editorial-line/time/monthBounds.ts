import { TZDate } from '@date-fns/tz'

/** The instants `[start, end)` of a `YYYY-MM` month in `timezone`, as ISO strings in UTC. */
export const monthBounds = ({ month, timezone }: { month: string; timezone: string }) => {
  const [year, monthOfYear] = month.split('-').map(Number)
  const iso = (date: TZDate) => new Date(date.getTime()).toISOString()
  return {
    start: iso(new TZDate(year, monthOfYear - 1, 1, 0, 0, timezone)),
    end: iso(new TZDate(year, monthOfYear, 1, 0, 0, timezone)),
  }
}
