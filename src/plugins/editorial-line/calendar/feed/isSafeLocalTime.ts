import { TZDate, tzOffset } from '@date-fns/tz'
import { tzlib_get_offset } from 'timezones-ical-library'

import { hasVtimezone } from './vtimezone.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

const offsetAt = ({ timezone, time }: { timezone: string; time: number }) =>
  Math.round(tzOffset(timezone, new Date(time)))

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

/**
 * Whether the instant's local time occurs once in `timezone`. Times in the hour the clocks go back
 * over occur twice: RFC 5545 reads them as the first pass, but clients differ (ical.js takes the
 * second).
 */
const isUnambiguous = ({ time, timezone }: { time: number; timezone: string }) => {
  const offset = offsetAt({ timezone, time })
  const wall = time + offset * MINUTE
  // The other pass, if any, runs under the offset in force shortly before or after.
  return [-DAY, -12 * HOUR, -3 * HOUR, 3 * HOUR, 12 * HOUR, DAY].every((shift) => {
    const otherOffset = offsetAt({ timezone, time: time + shift })
    if (otherOffset === offset) return true
    const other = wall - otherOffset * MINUTE
    return offsetAt({ timezone, time: other }) !== otherOffset
  })
}

/** `+0100` → 60; anything else → NaN. */
const offsetMinutes = (value: string) => {
  const match = /^([+-])(\d{2})(\d{2})$/.exec(value)
  if (!match) return Number.NaN
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]))
}

/**
 * tzlib_get_offset rebuilds the library's whole zone table on each call (about 0.3 ms), and a feed
 * asks for the same local times on every request: answers are kept, up to a bound.
 */
const shippedOffsets = new Map<string, number>()
const MAX_SHIPPED_OFFSETS = 20_000

/** The UTC offset, in minutes, that timezones-ical-library's VTIMEZONE gives a local time. */
const shippedOffset = ({ timezone, local }: { timezone: string; local: TZDate }) => {
  const date = `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`
  const time = `${pad(local.getHours())}:${pad(local.getMinutes())}`
  const key = `${timezone} ${date} ${time}`
  let offset = shippedOffsets.get(key)
  if (offset === undefined) {
    offset = offsetMinutes(tzlib_get_offset(timezone, date, time))
    if (shippedOffsets.size >= MAX_SHIPPED_OFFSETS) shippedOffsets.clear()
    shippedOffsets.set(key, offset)
  }
  return offset
}

/**
 * Whether an instant can be written as a local time of `timezone` (`DTSTART;TZID=…`) that a client
 * reads back as the same instant: the time occurs once there, and the VTIMEZONE the feed ships
 * (timezones-ical-library's) gives it the offset this runtime's zone data does. The library writes
 * one set of yearly rules from 1970 on, so it misses past and irregular changes (Casablanca, and
 * Vancouver in 2026 on this runtime); an instant that fails is better written in UTC.
 */
export const isSafeLocalTime = ({ instant, timezone }: { instant: Date; timezone: string }) => {
  const time = instant.getTime()
  if (!Number.isFinite(time) || !hasVtimezone({ timezone })) return false
  if (!isUnambiguous({ time, timezone })) return false
  // NaN, which equals nothing, where this runtime does not know the zone.
  const offset = offsetAt({ timezone, time })
  return shippedOffset({ timezone, local: new TZDate(time, timezone) }) === offset
}
