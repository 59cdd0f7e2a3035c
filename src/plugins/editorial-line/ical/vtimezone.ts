import { tzOffset } from '@date-fns/tz'

import { isTimezone } from '../validators/timezone.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export type OffsetTransition = {
  /** First instant of the new offset. */
  at: Date
  /** UTC offsets in minutes before and after. */
  from: number
  to: number
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

const offsetAt = ({ timezone, time }: { timezone: string; time: number }) =>
  Math.round(tzOffset(timezone, new Date(time)))

/** `YYYYMMDDTHHMMSS` of a UTC time shifted by an offset in minutes. */
const shiftedStamp = ({ time, offset }: { time: number; offset: number }) => {
  const shifted = new Date(time + offset * MINUTE)
  return (
    `${pad(shifted.getUTCFullYear(), 4)}${pad(shifted.getUTCMonth() + 1)}${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}${pad(shifted.getUTCMinutes())}${pad(shifted.getUTCSeconds())}`
  )
}

/** `YYYYMMDDTHHMMSS`: an instant as read on the wall clock of `timezone`. */
export const localStamp = ({ instant, timezone }: { instant: Date; timezone: string }) =>
  shiftedStamp({ time: instant.getTime(), offset: offsetAt({ timezone, time: instant.getTime() }) })

/**
 * Whether the instant's local time occurs once in `timezone`. Times in the hour the clocks go back
 * over occur twice: RFC 5545 reads them as the first pass, but clients differ (ical.js takes the
 * second), so such a start is better written in UTC.
 */
export const isUnambiguousLocalTime = ({ instant, timezone }: { instant: Date; timezone: string }) => {
  const time = instant.getTime()
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

/**
 * Every change of the zone's UTC offset between two instants, to the minute. Scans day by day,
 * so two changes within one day that cancel out (no zone does this) would go unseen.
 */
export const offsetTransitions = ({
  timezone,
  start,
  end,
}: {
  timezone: string
  start: Date
  end: Date
}): OffsetTransition[] => {
  if (!isTimezone(timezone)) throw new Error(`Unknown timezone: ${timezone}`)
  const transitions: OffsetTransition[] = []
  const last = end.getTime()
  let cursor = Math.floor(start.getTime() / MINUTE) * MINUTE
  let offset = offsetAt({ timezone, time: cursor })
  while (cursor < last) {
    const step = Math.min(cursor + DAY, last)
    if (offsetAt({ timezone, time: step }) === offset) {
      cursor = step
      continue
    }
    let before = cursor
    let after = Math.ceil(step / MINUTE) * MINUTE
    while (after - before > MINUTE) {
      const middle = before + Math.floor((after - before) / MINUTE / 2) * MINUTE
      if (offsetAt({ timezone, time: middle }) === offset) before = middle
      else after = middle
    }
    const next = offsetAt({ timezone, time: after })
    transitions.push({ at: new Date(after), from: offset, to: next })
    offset = next
    cursor = after
  }
  return transitions
}

/** `+0100`, `-0430`, `+0000` */
export const utcOffset = ({ minutes }: { minutes: number }) => {
  const sign = minutes < 0 ? '-' : '+'
  const absolute = Math.abs(minutes)
  return `${sign}${pad(Math.floor(absolute / 60))}${pad(absolute % 60)}`
}

/** The zone's abbreviation at an instant (CET, EDT, JST), or its offset as tzdata writes it (+09, +0530). */
export const zoneAbbreviation = ({ timezone, instant }: { timezone: string; instant: Date }) => {
  for (const locale of ['en-US', 'en-GB']) {
    const part = new Intl.DateTimeFormat(locale, { timeZone: timezone, timeZoneName: 'short' })
      .formatToParts(instant)
      .find((candidate) => candidate.type === 'timeZoneName')?.value
    if (part && /^[A-Z]{2,6}$/.test(part)) return part
  }
  const offset = utcOffset({ minutes: offsetAt({ timezone, time: instant.getTime() }) })
  return offset.endsWith('00') ? offset.slice(0, 3) : offset
}

/** The smaller of a year's January and July offsets: the zone's standard time that year. */
const standardOffset = ({ timezone, year }: { timezone: string; year: number }) =>
  Math.min(
    offsetAt({ timezone, time: Date.UTC(year, 0, 1) }),
    offsetAt({ timezone, time: Date.UTC(year, 6, 1) }),
  )

const observance = ({
  timezone,
  at,
  from,
  to,
}: {
  timezone: string
  at: number
  from: number
  to: number
}) => {
  const kind =
    to > standardOffset({ timezone, year: new Date(at).getUTCFullYear() }) ? 'DAYLIGHT' : 'STANDARD'
  return [
    `BEGIN:${kind}`,
    // The local time of the change, read on the clock that was running until then.
    `DTSTART:${shiftedStamp({ time: at, offset: from })}`,
    `TZOFFSETFROM:${utcOffset({ minutes: from })}`,
    `TZOFFSETTO:${utcOffset({ minutes: to })}`,
    `TZNAME:${zoneAbbreviation({ timezone, instant: new Date(at) })}`,
    `END:${kind}`,
  ]
}

/**
 * The VTIMEZONE component (unfolded content lines) of an IANA zone for every year from `from` to
 * `to`: the observance in force when the first year begins, then each offset change, with its
 * explicit local start, offsets and name. A zone that never changes gets one STANDARD observance.
 */
export const vtimezone = ({ timezone, from, to }: { timezone: string; from: Date; to: Date }): string[] => {
  const firstYear = Math.min(from.getUTCFullYear(), to.getUTCFullYear())
  const lastYear = Math.max(from.getUTCFullYear(), to.getUTCFullYear())
  // A day of margin each side: local years start up to 14 hours away from UTC ones.
  const spanStart = Date.UTC(firstYear, 0, 1) - DAY
  const spanEnd = Date.UTC(lastYear + 1, 0, 1) + DAY
  const transitions = offsetTransitions({
    timezone,
    start: new Date(Date.UTC(firstYear - 1, 0, 1)),
    end: new Date(spanEnd),
  })
  const inForce = transitions.filter((transition) => transition.at.getTime() <= spanStart).at(-1)
  const within = transitions.filter((transition) => transition.at.getTime() > spanStart)
  const first = inForce ?? {
    at: new Date(spanStart),
    from: offsetAt({ timezone, time: spanStart }),
    to: offsetAt({ timezone, time: spanStart }),
  }
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timezone}`,
    ...[first, ...within].flatMap((transition) =>
      observance({ timezone, at: transition.at.getTime(), from: transition.from, to: transition.to }),
    ),
    'END:VTIMEZONE',
  ]
}
