import { isDay } from '../time/days.js'

export const CALENDAR_VIEWS = ['month', 'week'] as const
export type CalendarViewKind = (typeof CALENDAR_VIEWS)[number]

/** What was wrong with the query, shown to the user above the calendar. */
export type CalendarNotice = { problem: 'badDate' | 'badView'; value: string }

export type CalendarParams = { view: CalendarViewKind; date: string; notices: CalendarNotice[] }

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
 * `?view=week|month&date=YYYY-MM-DD`: the month of today by default; anything unreadable falls back
 * to the default with a notice instead of failing the page.
 */
export const parseCalendarParams = ({
  view,
  date,
  today,
}: {
  view?: unknown
  date?: unknown
  today: string
}): CalendarParams => {
  const notices: CalendarNotice[] = []
  const viewOk = isMissing(view) || isView(view)
  const dateOk = isMissing(date) || isDay(date)
  if (!viewOk) notices.push({ problem: 'badView', value: shown(view) })
  if (!dateOk) notices.push({ problem: 'badDate', value: shown(date) })
  return {
    view: isView(view) ? view : 'month',
    date: isDay(date) ? date : today,
    notices,
  }
}
