import { singleQueryValue } from '../endpoints/http.js'
import { TZDate } from '@date-fns/tz'

/** Without `from`, the feed starts this many days before now. */
export const DEFAULT_DAYS_BACK = 90

export type CalendarQuery = {
  /** First instant included. */
  from: Date
  /** The end: included when given as an instant; a date ends at the next midnight, excluded. */
  to?: { at: Date; inclusive: boolean }
  /** A target id or slug, as given. */
  target?: string
  channel?: string
}

export type CalendarQueryProblem =
  | { problem: 'badDate'; param: 'from' | 'to' }
  | { problem: 'badParameter'; param: string }
  | { problem: 'badRange' }
  | { problem: 'unknownChannel'; channel: string; channels: string }

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
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
  const date = DATE.exec(value)
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

/**
 * The feed's query parameters (`from`, `to`, `target`, `channel`), checked: the window defaults to
 * the last 90 days and everything after; a channel must be one of `channels`.
 */
export const calendarQuery = ({
  query,
  timezone,
  now,
  channels,
}: {
  query: Record<string, unknown>
  timezone: string
  now: Date
  channels: string[]
}): CalendarQuery | CalendarQueryProblem => {
  const values: Partial<Record<'channel' | 'from' | 'target' | 'to', string>> = {}
  for (const param of ['from', 'to', 'target', 'channel'] as const) {
    const value = singleQueryValue(query[param])
    if (value === null) return { problem: 'badParameter', param }
    if (value !== undefined && value !== '') values[param] = value
  }

  let from = new Date(now.getTime() - DEFAULT_DAYS_BACK * 86_400_000)
  if (values.from !== undefined) {
    const parsed = parseIsoDate({ value: values.from, timezone })
    if (!parsed) return { problem: 'badDate', param: 'from' }
    from = parsed
  }
  let to: CalendarQuery['to']
  if (values.to !== undefined) {
    const dateOnly = DATE.test(values.to)
    const parsed = parseIsoDate({ value: values.to, timezone, endOfDay: dateOnly })
    if (!parsed) return { problem: 'badDate', param: 'to' }
    to = { at: parsed, inclusive: !dateOnly }
    if (dateOnly ? parsed <= from : parsed < from) return { problem: 'badRange' }
  }
  if (values.channel !== undefined && !channels.includes(values.channel)) {
    return { problem: 'unknownChannel', channel: values.channel, channels: channels.join(', ') }
  }
  return { from, to, target: values.target, channel: values.channel }
}
