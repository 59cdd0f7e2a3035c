import { TZDate } from '@date-fns/tz'

import { WEEKDAYS, type Weekday } from '../constants.js'
import { localTime } from './localTime.js'
import { pad } from './pad.js'

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

const toUtc = (day: string) => {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, date))
}

const fromUtc = (date: Date) =>
  `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`

/** A real calendar day written `YYYY-MM-DD` (no 30 February), years 1000–9999. */
export const isDay = (value: unknown): value is string => {
  if (typeof value !== 'string') return false
  const match = DAY.exec(value)
  if (!match || Number(match[1]) < 1000) return false
  return fromUtc(toUtc(value)) === value
}

/** The day `days` days after `day` (calendar arithmetic: no clock, no daylight saving). */
export const addDays = ({ day, days }: { day: string; days: number }) => {
  const date = toUtc(day)
  date.setUTCDate(date.getUTCDate() + days)
  return fromUtc(date)
}

export const weekdayOf = (day: string): Weekday => WEEKDAYS[(toUtc(day).getUTCDay() + 6) % 7]

/** The Monday that starts the week of `day`. */
export const mondayOf = (day: string) => addDays({ day, days: -WEEKDAYS.indexOf(weekdayOf(day)) })

/** The day an instant falls on, on a wall calendar in `timezone`. */
export const localDay = ({ instant, timezone }: { instant: Date | string; timezone: string }) =>
  localTime({ instant, timezone }).day

/** The instant a day starts (local midnight) in `timezone`, as an ISO string in UTC. */
export const dayStart = ({ day, timezone }: { day: string; timezone: string }) => {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(new TZDate(year, month - 1, date, 0, 0, timezone).getTime()).toISOString()
}
