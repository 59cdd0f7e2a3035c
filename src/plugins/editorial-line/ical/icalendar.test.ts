import fc from 'fast-check'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { type CalendarEvent, escapeText, foldLine, formatDuration, icalendar, utcStamp } from './icalendar.js'

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

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText({ value: 'a\\b;c,d\ne' })).toBe('a\\\\b\\;c\\,d\\ne')
    expect(escapeText({ value: 'un\r\ndeux\rtrois' })).toBe('un\\ndeux\\ntrois')
  })

  it('leaves colons, quotes and accents alone, and drops control characters', () => {
    expect(escapeText({ value: 'Note : « élève » "ok"\u0007\ttab' })).toBe('Note : « élève » "ok"\ttab')
  })
})

describe('foldLine', () => {
  it('leaves a line of 75 octets whole and folds one of 76', () => {
    expect(foldLine({ line: 'x'.repeat(75) })).toBe('x'.repeat(75))
    expect(foldLine({ line: 'x'.repeat(76) })).toBe(`${'x'.repeat(75)}\r\n x`)
  })

  it('counts octets of UTF-8, not characters, and never cuts a character in two', () => {
    // 74 ASCII octets, then "é" (2 octets) does not fit in the 75th.
    expect(foldLine({ line: `${'x'.repeat(74)}é` })).toBe(`${'x'.repeat(74)}\r\n é`)
    const french =
      'DESCRIPTION:Préparer l’audit Qualiopi sans sacrifier ses week-ends : témoignage d’une responsable ' +
      'pédagogique qui a divisé par cinq le temps passé à rassembler les preuves 🎉 — à lire.'
    const folded = foldLine({ line: french })
    const lines = folded.split('\r\n')
    expect(lines.length).toBeGreaterThan(2)
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75)
    for (const line of lines.slice(1)) expect(line.startsWith(' ')).toBe(true)
    expect(lines.join('\r\n').includes('\uFFFD')).toBe(false)
    expect(unfold(folded)).toBe(french)
  })

  it('folds any text into lines of at most 75 octets that unfold to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const folded = foldLine({ line: text })
        for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
        expect(unfold(folded)).toBe(text)
      }),
    )
  })
})

describe('utcStamp and formatDuration', () => {
  it('writes UTC date-times', () => {
    expect(utcStamp({ instant: new Date('2026-01-05T07:08:09.999Z') })).toBe('20260105T070809Z')
  })

  it('writes durations', () => {
    expect(formatDuration({ minutes: 30 })).toBe('PT30M')
    expect(formatDuration({ minutes: 90 })).toBe('PT1H30M')
    expect(formatDuration({ minutes: 60 })).toBe('PT1H')
    expect(formatDuration({ minutes: 1440 })).toBe('P1D')
    expect(formatDuration({ minutes: 1500 })).toBe('P1DT1H')
    expect(formatDuration({ minutes: 0 })).toBe('PT0S')
  })
})

describe('icalendar', () => {
  const calendar = icalendar({
    name: 'QALIA — posts approuvés',
    timezone: 'Europe/Paris',
    now,
    events: [
      event({
        description: 'Cible : OF\nFormat : Étude de cas, anonymisée; 3 min\n\nUn corps \\ avec antislash.',
        categories: ['OF', 'Organismes, de formation'],
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:1',
        lastModified: new Date('2026-02-20T12:00:00Z'),
      }),
      event({
        uid: 'post-2@qalia',
        start: new Date('2026-10-27T08:00:00Z'),
        duration: 45,
        summary: 'Après le passage à l’heure d’hiver',
      }),
      event({
        uid: 'post-3@qalia',
        start: new Date('2026-10-25T01:30:00Z'),
        summary: '02:30, deuxième fois',
      }),
    ],
  })

  it('is made of CRLF-ended lines of at most 75 octets', () => {
    expect(calendar.endsWith('\r\n')).toBe(true)
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of calendar.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
  })

  it('has the calendar properties a feed needs', () => {
    const lines = unfold(calendar).split('\r\n')
    expect(lines.slice(0, 7)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//QALIA//Editorial line//FR',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:QALIA — posts approuvés',
      'X-WR-TIMEZONE:Europe/Paris',
    ])
    expect(lines).toContain('BEGIN:VTIMEZONE')
    expect(lines).toContain('TZID:Europe/Paris')
    expect(lines.at(-2)).toBe('END:VCALENDAR')
  })

  it('writes each event with its local start, duration, escaped texts and optional URL', () => {
    const lines = unfold(calendar).split('\r\n')
    const first = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1)
    expect(first).toEqual([
      'BEGIN:VEVENT',
      'UID:post-1@qalia',
      'DTSTAMP:20260301T102030Z',
      'DTSTART;TZID=Europe/Paris:20260331T100000',
      'DURATION:PT30M',
      'SUMMARY:Trois weekends en famille récupérés',
      'DESCRIPTION:Cible : OF\\nFormat : Étude de cas\\, anonymisée\\; 3 min\\n\\nUn corps \\\\ avec antislash.',
      'CATEGORIES:OF,Organismes\\, de formation',
      'URL:https://www.linkedin.com/feed/update/urn:li:activity:1',
      'LAST-MODIFIED:20260220T120000Z',
      'STATUS:CONFIRMED',
      'END:VEVENT',
    ])
    expect(lines).toContain('DTSTART;TZID=Europe/Paris:20261027T090000')
    expect(lines).toContain('DURATION:PT45M')
    expect(lines.filter((line) => line.startsWith('URL:'))).toHaveLength(1)
  })

  it('writes in UTC a start the clocks show twice', () => {
    expect(unfold(calendar)).toContain(
      'UID:post-3@qalia\r\nDTSTAMP:20260301T102030Z\r\nDTSTART:20261025T013000Z',
    )
  })

  it('reads back in a calendar library, every start at its instant', () => {
    const parsed = new ICAL.Component(ICAL.parse(calendar))
    expect(parsed.getFirstPropertyValue('method')).toBe('PUBLISH')
    const events = parsed.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    expect(events.map((each) => [each.uid, each.startDate.toJSDate().toISOString(), each.summary])).toEqual([
      ['post-1@qalia', '2026-03-31T08:00:00.000Z', 'Trois weekends en famille récupérés'],
      ['post-2@qalia', '2026-10-27T08:00:00.000Z', 'Après le passage à l’heure d’hiver'],
      ['post-3@qalia', '2026-10-25T01:30:00.000Z', '02:30, deuxième fois'],
    ])
    expect(events[0].description).toBe(
      'Cible : OF\nFormat : Étude de cas, anonymisée; 3 min\n\nUn corps \\ avec antislash.',
    )
    expect(events[0].component.getFirstProperty('categories')!.getValues()).toEqual([
      'OF',
      'Organismes, de formation',
    ])
    expect(events[1].duration.toSeconds()).toBe(45 * 60)
  })

  it('is still a valid calendar without events', () => {
    const empty = icalendar({ name: 'Vide', timezone: 'Asia/Tokyo', events: [], now })
    const parsed = new ICAL.Component(ICAL.parse(empty))
    expect(parsed.getAllSubcomponents('vevent')).toHaveLength(0)
    expect(parsed.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Asia/Tokyo')
  })
})
