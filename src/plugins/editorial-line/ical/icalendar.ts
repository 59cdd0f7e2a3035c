import { isUnambiguousLocalTime, localStamp, vtimezone } from './vtimezone.js'

export type CalendarEvent = {
  /** Globally unique and stable across feeds, e.g. `post-12@qalia`. */
  uid: string
  start: Date
  /** In minutes. */
  duration: number
  summary: string
  description?: string
  categories?: string[]
  url?: string
  lastModified?: Date
}

const CRLF = '\r\n'
const MAX_OCTETS = 75

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

/** Octets of one code point in UTF-8. */
const utf8Length = (character: string) => {
  const code = character.codePointAt(0) ?? 0
  if (code < 0x80) return 1
  if (code < 0x800) return 2
  return code < 0x10000 ? 3 : 4
}

/** TEXT value escaping (RFC 5545 §3.3.11); other control characters are not allowed and dropped. */
export const escapeText = ({ value }: { value: string }) =>
  value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\n/g, '\\n')

/**
 * Splits a content line into lines of at most 75 octets of UTF-8 (RFC 5545 §3.1), never inside a
 * character; each continuation starts with a space, which counts in its 75.
 */
export const foldLine = ({ line }: { line: string }) => {
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const character of line) {
    const size = utf8Length(character)
    if (octets + size > MAX_OCTETS) {
      lines.push(current)
      current = ' '
      octets = 1
    }
    current += character
    octets += size
  }
  lines.push(current)
  return lines.join(CRLF)
}

/** `YYYYMMDDTHHMMSSZ` */
export const utcStamp = ({ instant }: { instant: Date }) =>
  `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
  `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`

/** A DURATION value: `PT30M`, `PT1H30M`, `P1D`, `PT0S`. */
export const formatDuration = ({ minutes }: { minutes: number }) => {
  const total = Math.max(0, Math.round(minutes))
  if (total === 0) return 'PT0S'
  const days = Math.floor(total / 1440)
  const hours = Math.floor((total % 1440) / 60)
  const rest = total % 60
  const time = `${hours ? `${hours}H` : ''}${rest ? `${rest}M` : ''}`
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`
}

/** A parameter value, quoted when it holds a character that would end it. */
const parameterValue = (value: string) => (/[;:,]/.test(value) ? `"${value.replace(/"/g, '')}"` : value)

const eventLines = ({
  event,
  timezone,
  now,
}: {
  event: CalendarEvent
  timezone: string
  now: Date
}): string[] => {
  const start = isUnambiguousLocalTime({ instant: event.start, timezone })
    ? `DTSTART;TZID=${parameterValue(timezone)}:${localStamp({ instant: event.start, timezone })}`
    : // A local time the clocks show twice would be read differently by different clients.
      `DTSTART:${utcStamp({ instant: event.start })}`
  const categories = (event.categories ?? []).filter((category) => category.trim() !== '')
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText({ value: event.uid })}`,
    `DTSTAMP:${utcStamp({ instant: now })}`,
    start,
    `DURATION:${formatDuration({ minutes: event.duration })}`,
    `SUMMARY:${escapeText({ value: event.summary })}`,
    ...(event.description ? [`DESCRIPTION:${escapeText({ value: event.description })}`] : []),
    ...(categories.length > 0
      ? [`CATEGORIES:${categories.map((value) => escapeText({ value })).join(',')}`]
      : []),
    ...(event.url
      ? [`URL:${event.url.replace(/[\u0000-\u0020"\u007f]/g, (character) => encodeURIComponent(character))}`]
      : []),
    ...(event.lastModified ? [`LAST-MODIFIED:${utcStamp({ instant: event.lastModified })}`] : []),
    'STATUS:CONFIRMED',
    'END:VEVENT',
  ]
}

/**
 * An RFC 5545 calendar to publish: the events with their start in `timezone` (whose VTIMEZONE
 * covers the years they span), lines folded at 75 octets and ended by CRLF.
 */
export const icalendar = ({
  name,
  timezone,
  events,
  now,
  productId = '-//QALIA//Editorial line//FR',
}: {
  name: string
  timezone: string
  events: CalendarEvent[]
  /** The moment the calendar is generated, its DTSTAMP. */
  now: Date
  productId?: string
}): string => {
  const dated = events.filter((event) => Number.isFinite(event.start.getTime()))
  const starts = dated.map((event) => event.start.getTime())
  const from = new Date(starts.reduce((min, time) => Math.min(min, time), starts[0] ?? now.getTime()))
  const to = new Date(starts.reduce((max, time) => Math.max(max, time), starts[0] ?? now.getTime()))
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText({ value: name })}`,
    `X-WR-TIMEZONE:${timezone}`,
    ...vtimezone({ timezone, from, to }),
    ...dated.flatMap((event) => eventLines({ event, timezone, now })),
    'END:VCALENDAR',
  ]
  return lines.map((line) => foldLine({ line })).join(CRLF) + CRLF
}
