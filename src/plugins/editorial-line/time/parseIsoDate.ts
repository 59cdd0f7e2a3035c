import { TZDate } from '@date-fns/tz'

/** A calendar date written `YYYY-MM-DD` (its day checked by `parseIsoDate`). */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/

const validDay = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** Minutes east of UTC of `Z`, `+02`, `+0200` or `-05:30`. */
const zoneOffset = (zone: string) => {
  if (zone === 'Z') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  const hours = Number(digits.slice(0, 2))
  const minutes = Number(digits.slice(2) || '0')
  return hours > 23 || minutes > 59 ? null : sign * (hours * 60 + minutes)
}

/**
 * An ISO 8601 date or date-time. A date is read as midnight in `timezone` (the next midnight when
 * `endOfDay`), a date-time without offset as a wall-clock time in `timezone`.
 */
export const parseIsoDate = ({
  value,
  timezone,
  endOfDay = false,
}: {
  value: string
  timezone: string
  endOfDay?: boolean
}): Date | null => {
  const date = ISO_DATE.exec(value)
  if (date) {
    const [year, month, day] = date.slice(1).map(Number)
    if (!validDay(year, month, day)) return null
    return new Date(new TZDate(year, month - 1, day + (endOfDay ? 1 : 0), timezone).getTime())
  }
  const dateTime = DATE_TIME.exec(value)
  if (!dateTime) return null
  const [year, month, day, hours, minutes] = dateTime.slice(1, 6).map(Number)
  const seconds = Number(dateTime[6] ?? 0)
  const milliseconds = Number((dateTime[7] ?? '0').padEnd(3, '0'))
  if (!validDay(year, month, day) || hours > 23 || minutes > 59 || seconds > 59) return null
  const zone = dateTime[8]
  if (zone === undefined) {
    const local = new TZDate(year, month - 1, day, hours, minutes, seconds, milliseconds, timezone)
    return new Date(local.getTime())
  }
  const offset = zoneOffset(zone)
  if (offset === null) return null
  return new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds, milliseconds) - offset * 60_000)
}
