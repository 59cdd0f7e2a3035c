import { singleQueryValue } from '../../http/http.js'
import { DAY_MS } from '../../time/dayMs.js'
import { ISO_DATE, parseIsoDate } from '../../time/parseIsoDate.js'

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

  let from = new Date(now.getTime() - DEFAULT_DAYS_BACK * DAY_MS)
  if (values.from !== undefined) {
    const parsed = parseIsoDate({ value: values.from, timezone })
    if (!parsed) return { problem: 'badDate', param: 'from' }
    from = parsed
  }
  let to: CalendarQuery['to']
  if (values.to !== undefined) {
    const dateOnly = ISO_DATE.test(values.to)
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
