import fc from 'fast-check'
import ICAL from 'ical.js'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { type CalendarEvent, icalendar } from './icalendar.js'

const octets = (text: string) => Buffer.byteLength(text, 'utf8')

/** Content lines back from folded text (RFC 5545 §3.1). */
const unfold = (text: string) => text.replace(/\r\n /g, '')

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'post-1@qalia',
  start: new Date('2026-03-31T08:00:00Z'),
  duration: 30,
  summary: 'Trois weekends en famille récupérés',
  ...overrides,
})

const now = new Date('2026-03-01T10:20:30Z')

const feed = ({ timezone = 'Europe/Paris', events }: { timezone?: string; events: CalendarEvent[] }) =>
  icalendar({ name: 'QALIA — posts approuvés', timezone, events, now })

/** The feed as a calendar client reads it; the zones it knows are the ones the feed ships. */
const parse = (text: string) => {
  expect(ICAL.TimezoneService.has('Europe/Paris')).toBe(false)
  return new ICAL.Component(ICAL.parse(text))
}
const eventsOf = (text: string) =>
  parse(text)
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent))

/** Each event's UID, start instant, start zone and length in minutes, as a client reads them. */
const timesOf = (text: string) =>
  eventsOf(text).map((each) => [
    each.uid,
    each.startDate.toJSDate().toISOString(),
    each.startDate.zone.tzid,
    (each.endDate.toJSDate().getTime() - each.startDate.toJSDate().getTime()) / 60_000,
  ])

afterEach(() => {
  vi.restoreAllMocks()
})

describe('icalendar', () => {
  const calendar = feed({
    events: [
      event({
        description: 'Cible : OF\nFormat : Étude de cas, anonymisée; 3 min\n\nUn corps \\ avec antislash.',
        categories: ['OF', 'Organismes, de formation', ' '],
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:1',
        lastModified: new Date('2026-02-20T12:00:00Z'),
      }),
      event({
        uid: 'post-2@qalia',
        start: new Date('2026-10-27T08:00:00Z'),
        duration: 45,
        summary: 'Après le passage à l’heure d’hiver',
        description: '',
      }),
    ],
  })

  it('is made of CRLF-ended lines of at most 75 octets', () => {
    const long = feed({
      events: [
        event({
          summary: 'Préparer l’audit Qualiopi sans sacrifier ses week-ends 🎉 — '.repeat(6),
          description: 'é'.repeat(200),
        }),
      ],
    })
    expect(long.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(long.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = long.split('\r\n')
    expect(lines.some((line) => line.startsWith(' '))).toBe(true)
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75)
    expect(long.includes('\uFFFD')).toBe(false)
  })

  it('has the calendar properties a feed needs, and the VTIMEZONE of its zone', () => {
    const lines = unfold(calendar).split('\r\n')
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines.at(-2)).toBe('END:VCALENDAR')
    for (const line of [
      'VERSION:2.0',
      'PRODID:-//payload-plugin-editorial-line//Editorial line//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:QALIA — posts approuvés',
      'X-WR-TIMEZONE:Europe/Paris',
    ]) {
      expect(lines).toContain(line)
    }
    const parsed = parse(calendar)
    expect(parsed.getFirstPropertyValue('method')).toBe('PUBLISH')
    expect(parsed.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Paris')
    const zones = parsed.getAllSubcomponents('vtimezone')
    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Paris'])
  })

  it('writes each event with its local start and end, its texts, category, URL and UTC stamps', () => {
    const lines = unfold(calendar).split('\r\n')
    const first = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1)
    expect(first).toContain('UID:post-1@qalia')
    expect(first).toContain('DTSTART;TZID=Europe/Paris:20260331T100000')
    expect(first).toContain('DTEND;TZID=Europe/Paris:20260331T103000')
    // RFC 5545 wants both in UTC, whatever the events' zone.
    expect(first).toContain('DTSTAMP:20260301T102030Z')
    expect(first).toContain('LAST-MODIFIED:20260220T120000Z')
    expect(first).toContain('STATUS:CONFIRMED')

    const [one, two] = eventsOf(calendar)
    expect(timesOf(calendar)).toEqual([
      ['post-1@qalia', '2026-03-31T08:00:00.000Z', 'Europe/Paris', 30],
      ['post-2@qalia', '2026-10-27T08:00:00.000Z', 'Europe/Paris', 45],
    ])
    expect(one.summary).toBe('Trois weekends en famille récupérés')
    expect(one.description).toBe(
      'Cible : OF\nFormat : Étude de cas, anonymisée; 3 min\n\nUn corps \\ avec antislash.',
    )
    expect(one.component.getFirstProperty('categories')!.getValues()).toEqual([
      'OF',
      'Organismes, de formation',
    ])
    expect(one.component.getFirstPropertyValue('url')).toBe(
      'https://www.linkedin.com/feed/update/urn:li:activity:1',
    )
    expect(one.duration.toString()).toBe('PT30M')
    const stamps = ['dtstamp', 'last-modified'].map(
      (name) => one.component.getFirstPropertyValue(name) as ICAL.Time,
    )
    expect(stamps.map((stamp) => [stamp.zone?.tzid, stamp.toJSDate().toISOString()])).toEqual([
      ['UTC', '2026-03-01T10:20:30.000Z'],
      ['UTC', '2026-02-20T12:00:00.000Z'],
    ])
    expect(two.component.getFirstProperty('description')).toBeNull()
    expect(two.component.getFirstProperty('categories')).toBeNull()
    expect(two.component.getFirstPropertyValue('url')).toBeNull()
    expect(two.component.getFirstPropertyValue('last-modified')).toBeNull()
  })

  it('keeps ; , \\ line breaks and emoji of a text through a client’s parse', () => {
    const summary = 'Audit; preuves, délais\nSuite \\ fin 🎉👩‍💻'
    const [parsed] = eventsOf(feed({ events: [event({ summary, categories: ['a;b', 'c\\d'] })] }))
    expect(parsed.summary).toBe(summary)
    expect(parsed.component.getFirstProperty('categories')!.getValues()).toEqual(['a;b', 'c\\d'])
  })

  it('gives back any summary a client can hold, control characters left out', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), (summary) => {
        const expected = summary
          .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
          .replace(/\r\n?/g, '\n')
        fc.pre(expected !== '')
        const [parsed] = eventsOf(feed({ events: [event({ summary })] }))
        expect(parsed.summary).toBe(expected)
      }),
      { numRuns: 300 },
    )
    expect(eventsOf(feed({ events: [event({ summary: 'un\u0007deux\u0000' })] }))[0].summary).toBe('undeux')
  })

  it('writes a URL with , ; and spaces so that the link reads back whole', () => {
    const url = 'https://example.org/a,b;c/d e?q="x",y'
    const [parsed] = eventsOf(feed({ events: [event({ url })] }))
    const written = parsed.component.getFirstPropertyValue('url') as string
    expect(written).not.toMatch(/[\\\s"]/)
    expect(decodeURIComponent(written)).toBe(url)
  })

  it('writes each attachment as an ATTACH a client reads back whole, in order', () => {
    const attachments = [
      'https://cms.example/api/media/file/slide 1,a.png',
      'https://cms.example/api/media/file/deck.pdf',
    ]
    const [parsed] = eventsOf(feed({ events: [event({ attachments })] }))
    const written = parsed.component.getAllProperties('attach').map((property) => String(property.getFirstValue()))
    expect(written.map((value) => decodeURIComponent(value))).toEqual(attachments)
    expect(eventsOf(feed({ events: [event()] }))[0].component.getAllProperties('attach')).toEqual([])
  })

  it('maps 09:00 in Paris to its instant in winter, in summer and past the change to summer time', () => {
    const text = feed({
      events: [
        event({ uid: 'winter', start: new Date('2026-01-15T08:00:00Z') }),
        event({ uid: 'summer', start: new Date('2026-07-15T07:00:00Z') }),
        event({ uid: 'after-change', start: new Date('2026-03-29T01:30:00Z') }), // 03:30 CEST
      ],
    })
    expect(unfold(text)).toContain('DTSTART;TZID=Europe/Paris:20260115T090000')
    expect(unfold(text)).toContain('DTSTART;TZID=Europe/Paris:20260715T090000')
    expect(unfold(text)).toContain('DTSTART;TZID=Europe/Paris:20260329T033000')
    expect(timesOf(text)).toEqual([
      ['winter', '2026-01-15T08:00:00.000Z', 'Europe/Paris', 30],
      ['summer', '2026-07-15T07:00:00.000Z', 'Europe/Paris', 30],
      ['after-change', '2026-03-29T01:30:00.000Z', 'Europe/Paris', 30],
    ])
  })

  it('works in another zone: 09:00 in New York, winter and summer', () => {
    const text = feed({
      timezone: 'America/New_York',
      events: [
        event({ uid: 'winter', start: new Date('2026-01-15T14:00:00Z') }),
        event({ uid: 'summer', start: new Date('2026-07-15T13:00:00Z') }),
      ],
    })
    expect(unfold(text)).toContain('X-WR-TIMEZONE:America/New_York')
    expect(unfold(text)).toContain('DTSTART;TZID=America/New_York:20260115T090000')
    expect(unfold(text)).toContain('DTSTART;TZID=America/New_York:20260715T090000')
    expect(parse(text).getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe(
      'America/New_York',
    )
    expect(timesOf(text)).toEqual([
      ['winter', '2026-01-15T14:00:00.000Z', 'America/New_York', 30],
      ['summer', '2026-07-15T13:00:00.000Z', 'America/New_York', 30],
    ])
  })

  it('names a zone that is a link (Europe/Amsterdam) as asked, in the events and the VTIMEZONE', () => {
    const text = feed({
      timezone: 'Europe/Amsterdam',
      events: [event({ uid: 'summer', start: new Date('2026-07-15T07:00:00Z') })],
    })
    expect(unfold(text)).toContain('DTSTART;TZID=Europe/Amsterdam:20260715T090000')
    expect(timesOf(text)).toEqual([['summer', '2026-07-15T07:00:00.000Z', 'Europe/Amsterdam', 30]])
  })

  it('writes in UTC a start, or an end, that the clocks show twice', () => {
    const text = feed({
      events: [
        event({ uid: 'second-pass', start: new Date('2026-10-25T01:30:00Z') }), // 02:30 CET
        event({ uid: 'ends-in-first-pass', start: new Date('2026-10-24T23:45:00Z') }), // 01:45 → 02:15 CEST
      ],
    })
    expect(unfold(text)).toContain('DTSTART:20261025T013000Z')
    expect(unfold(text)).toContain('DTSTART:20261024T234500Z')
    expect(unfold(text)).toContain('DTEND:20261025T001500Z')
    expect(timesOf(text)).toEqual([
      ['second-pass', '2026-10-25T01:30:00.000Z', 'UTC', 30],
      ['ends-in-first-pass', '2026-10-24T23:45:00.000Z', 'UTC', 30],
    ])
  })

  it('writes in UTC a time the shipped VTIMEZONE would misplace, and locally the others', () => {
    // The library has Vancouver at -07 all year; in January 2026 it was at -08 (see isSafeLocalTime).
    const text = feed({
      timezone: 'America/Vancouver',
      events: [
        event({ uid: 'winter', start: new Date('2026-01-15T17:00:00Z') }),
        event({ uid: 'summer', start: new Date('2026-07-15T16:00:00Z') }),
      ],
    })
    expect(timesOf(text)).toEqual([
      ['winter', '2026-01-15T17:00:00.000Z', 'UTC', 30],
      ['summer', '2026-07-15T16:00:00.000Z', 'America/Vancouver', 30],
    ])
  })

  it('does not depend on the server’s own timezone', () => {
    const events = [event({ lastModified: new Date('2026-02-20T12:00:00Z') })]
    const inUtc = feed({ events })
    const serverZone = process.env.TZ
    process.env.TZ = 'Pacific/Auckland'
    try {
      expect(new Date('2026-02-20T12:00:00Z').getHours()).not.toBe(12)
      expect(feed({ events })).toBe(inUtc)
    } finally {
      if (serverZone === undefined) delete process.env.TZ
      else process.env.TZ = serverZone
    }
  })

  it('falls back to UTC, without a VTIMEZONE, for a zone it has no rules for', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const text = feed({
      timezone: 'Mars/Olympus',
      events: [event({ uid: 'summer', start: new Date('2026-07-15T07:00:00Z') })],
    })
    const parsed = parse(text)
    expect(parsed.getAllSubcomponents('vtimezone')).toHaveLength(0)
    expect(parsed.getFirstPropertyValue('x-wr-timezone')).toBeNull()
    expect(text).not.toContain('Mars')
    expect(timesOf(text)).toEqual([['summer', '2026-07-15T07:00:00.000Z', 'UTC', 30]])
    expect(logged).not.toHaveBeenCalled()
  })

  it('leaves out an event without a valid start, and is still a valid calendar without events', () => {
    const empty = feed({ timezone: 'Asia/Tokyo', events: [event({ start: new Date(Number.NaN) })] })
    const parsed = parse(empty)
    expect(parsed.getAllSubcomponents('vevent')).toHaveLength(0)
    expect(parsed.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Tokyo')
  })
})
