import { pad } from '../time/pad.js'
import { WEEKDAYS, type Weekday } from '../constants.js'

/** Noon UTC of a calendar day: formatted with `timeZone: 'UTC'`, it is that day in every language. */
const noon = (day: string) => new Date(`${day}T12:00:00.000Z`)

/** The weekday names in a language, Monday first: `lundi`… or `Mon`… */
export const weekdayNames = ({
  language,
  style,
}: {
  language: string
  style: 'long' | 'short'
}): Record<Weekday, string> => {
  const format = new Intl.DateTimeFormat(language, { weekday: style, timeZone: 'UTC' })
  return Object.fromEntries(
    // 1 January 2024 was a Monday.
    WEEKDAYS.map((weekday, index) => [weekday, format.format(noon(`2024-01-0${index + 1}`))]),
  ) as Record<Weekday, string>
}

/** A day in a week view's header: `mar. 10 mars`, `Tue, Mar 10`. */
export const dayLabel = ({ day, language }: { day: string; language: string }) =>
  new Intl.DateTimeFormat(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(noon(day))

/** The title of a week: `9 – 15 mars 2026`, `Mar 9 – 15, 2026`. */
export const weekTitle = ({ first, last, language }: { first: string; last: string; language: string }) =>
  new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(noon(first), noon(last))

/** Minutes since midnight as `HH:mm` (1440 is `24:00`, the end of a day). */
export const clockTime = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
