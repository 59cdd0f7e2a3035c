import { TZDate } from '@date-fns/tz'
import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator'

import { isSafeLocalTime } from './isSafeLocalTime.js'
import { vtimezone } from './vtimezone.js'

export type CalendarEvent = {
  /** Globally unique and stable across feeds, e.g. `post-12@cms.example.org`. */
  uid: string
  start: Date
  /** In minutes. */
  duration: number
  summary: string
  description?: string
  categories?: string[]
  url?: string
  /** Absolute URLs of the files the event carries (a post's media), written as ATTACH. */
  attachments?: string[]
  lastModified?: Date
}

/** RFC 5545 allows no control characters in text but tab and line breaks; ical-generator keeps them. */
const printable = (value: string) => value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')

/**
 * ical-generator backslash-escapes `,` `;` and `\` in a URI as if it were text, which clients keep
 * in the link; percent-encoded, they and the characters a URI cannot hold reach the link intact.
 */
const uriValue = (url: string) =>
  url.replace(/[\u0000-\u0020",;\\\u007f]/g, (character) => encodeURIComponent(character))

const isDate = (value: Date | undefined): value is Date =>
  value instanceof Date && Number.isFinite(value.getTime())

/**
 * An RFC 5545 calendar to publish, written by ical-generator: the events with their start and end
 * as local times of `timezone`, whose VTIMEZONE (timezones-ical-library's) comes along; a time that
 * local time would not carry back to its instant (see isSafeLocalTime) is written in UTC.
 */
export const icalendar = ({
  name,
  timezone,
  events,
  now,
}: {
  name: string
  timezone: string
  events: CalendarEvent[]
  /** The moment the calendar is generated, its DTSTAMP. */
  now: Date
}): string => {
  const zone = vtimezone({ timezone })
  const calendar = new ICalCalendar({
    prodId: { company: 'payload-plugin-editorial-line', product: 'Editorial line', language: 'EN' },
    scale: 'GREGORIAN',
    method: ICalCalendarMethod.PUBLISH,
    name: printable(name).replace(/[\r\n]+/g, ' '),
    // No name: a named calendar timezone makes ical-generator write DTSTAMP and LAST-MODIFIED as
    // local times, where RFC 5545 wants UTC. Each event names its zone instead.
    timezone: { name: null, generator: (tzid) => (tzid === timezone ? zone : null) },
    // ical-generator writes custom properties after the events; parsers (ical.js) read them there too.
    x: zone ? [['X-WR-TIMEZONE', timezone]] : [],
  })
  for (const event of events) {
    if (!isDate(event.start)) continue
    const start = event.start
    const end = new Date(start.getTime() + Math.max(0, Math.round(event.duration)) * 60_000)
    const local = Boolean(zone) && [start, end].every((instant) => isSafeLocalTime({ instant, timezone }))
    const categories = (event.categories ?? []).map(printable).filter((category) => category.trim() !== '')
    calendar.createEvent({
      id: event.uid,
      stamp: now,
      // A TZDate, not a Date: ical-generator reads a Date's local time in the server's own zone.
      start: local ? new TZDate(start.getTime(), timezone) : start,
      end: local ? new TZDate(end.getTime(), timezone) : end,
      timezone: local ? timezone : null,
      summary: printable(event.summary),
      description: event.description ? printable(event.description) : null,
      categories: categories.map((category) => ({ name: category })),
      url: event.url ? uriValue(event.url) : null,
      // ical-generator writes a URI attachment without parameters (no FMTTYPE).
      attachments: (event.attachments ?? []).map(uriValue),
      lastModified: isDate(event.lastModified) ? event.lastModified : null,
      status: ICalEventStatus.CONFIRMED,
    })
  }
  // ical-generator leaves the last line without its CRLF, which RFC 5545 requires.
  return `${calendar.toString()}\r\n`
}
