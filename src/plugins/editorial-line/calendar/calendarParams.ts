import { isDay } from '../time/days.js'

export const CALENDAR_VIEWS = ['month', 'week'] as const
export type CalendarViewKind = (typeof CALENDAR_VIEWS)[number]

/** What was wrong with the query, shown to the user above the calendar. */
export type CalendarNotice = { problem: 'badChannel' | 'badDate' | 'badView'; value: string }

export type CalendarParams = {
  view: CalendarViewKind
  date: string
  /** The channel (slug) the calendar shows alone; `undefined`: every channel. */
  channel?: string
  notices: CalendarNotice[]
}

const isView = (value: unknown): value is CalendarViewKind =>
  CALENDAR_VIEWS.includes(value as CalendarViewKind)

/** Absent or empty (an emptied date picker sends `date=`): the default, with no notice. */
const isMissing = (value: unknown) => value === undefined || value === ''

const shown = (value: unknown) => {
  if (typeof value === 'string') return value
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ')
  return '?'
}

/**
 * `?view=week|month&date=YYYY-MM-DD&channel=slug`: the month of today, every channel, by default;
 * anything unreadable (a channel the line does not have included) falls back to the default with a
 * notice instead of failing the page.
 */
export const parseCalendarParams = ({
  view,
  date,
  channel,
  channels = [],
  today,
}: {
  view?: unknown
  date?: unknown
  channel?: unknown
  /** The line's channel slugs. */
  channels?: readonly string[]
  today: string
}): CalendarParams => {
  const notices: CalendarNotice[] = []
  const viewOk = isMissing(view) || isView(view)
  const dateOk = isMissing(date) || isDay(date)
  const channelOk = typeof channel === 'string' && channels.includes(channel)
  if (!viewOk) notices.push({ problem: 'badView', value: shown(view) })
  if (!dateOk) notices.push({ problem: 'badDate', value: shown(date) })
  if (!isMissing(channel) && !channelOk) notices.push({ problem: 'badChannel', value: shown(channel) })
  return {
    view: isView(view) ? view : 'month',
    date: isDay(date) ? date : today,
    channel: channelOk ? channel : undefined,
    notices,
  }
}
