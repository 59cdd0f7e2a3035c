import fc from 'fast-check'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import {
  isUnambiguousLocalTime,
  localStamp,
  offsetTransitions,
  utcOffset,
  vtimezone,
  zoneAbbreviation,
} from './vtimezone.js'

const at = (iso: string) => new Date(iso)

/** The VTIMEZONE read by ical.js, to turn local times into instants as a calendar client would. */
const parsedZone = (lines: string[]) => {
  const calendar = ICAL.Component.fromString(
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR'].join('\r\n'),
  )
  return new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!)
}

const blocks = (lines: string[]) => {
  const found: string[][] = []
  for (const line of lines) {
    if (line === 'BEGIN:STANDARD' || line === 'BEGIN:DAYLIGHT') found.push([line])
    else if (found.length > 0 && !found.at(-1)!.at(-1)!.startsWith('END:')) found.at(-1)!.push(line)
  }
  return found
}

describe('offsetTransitions', () => {
  it('finds Paris going forward on the last Sunday of March and back on the last Sunday of October', () => {
    expect(
      offsetTransitions({ timezone: 'Europe/Paris', start: at('2026-01-01'), end: at('2027-01-01') }),
    ).toEqual([
      { at: at('2026-03-29T01:00:00Z'), from: 60, to: 120 },
      { at: at('2026-10-25T01:00:00Z'), from: 120, to: 60 },
    ])
  })

  it('finds changes to the minute, half-hour shifts included (Lord Howe Island)', () => {
    expect(
      offsetTransitions({ timezone: 'Australia/Lord_Howe', start: at('2026-01-01'), end: at('2027-01-01') }),
    ).toEqual([
      { at: at('2026-04-04T15:00:00Z'), from: 660, to: 630 },
      { at: at('2026-10-03T15:30:00Z'), from: 630, to: 660 },
    ])
  })

  it('finds none where the clocks never change', () => {
    for (const timezone of ['UTC', 'Asia/Tokyo', 'Asia/Kolkata']) {
      expect(offsetTransitions({ timezone, start: at('2024-01-01'), end: at('2027-01-01') })).toEqual([])
    }
  })

  it('refuses an unknown zone', () => {
    expect(() =>
      offsetTransitions({ timezone: 'Mars/Olympus', start: at('2026-01-01'), end: at('2027-01-01') }),
    ).toThrow('Unknown timezone')
  })
})

describe('localStamp and isUnambiguousLocalTime', () => {
  it('reads instants on the local clock across both changes', () => {
    const paris = (iso: string) => localStamp({ instant: at(iso), timezone: 'Europe/Paris' })
    expect(paris('2026-03-29T00:59:00Z')).toBe('20260329T015900')
    expect(paris('2026-03-29T01:00:00Z')).toBe('20260329T030000')
    expect(paris('2026-10-25T00:30:00Z')).toBe('20261025T023000')
    expect(paris('2026-10-25T01:30:00Z')).toBe('20261025T023000')
    expect(localStamp({ instant: at('2026-03-01T12:00:00Z'), timezone: 'Asia/Kolkata' })).toBe(
      '20260301T173000',
    )
  })

  it('tells the local times the clocks show twice, when they go back', () => {
    const once = (iso: string) => isUnambiguousLocalTime({ instant: at(iso), timezone: 'Europe/Paris' })
    expect(once('2026-10-24T23:59:00Z')).toBe(true) // 01:59 CEST
    expect(once('2026-10-25T00:00:00Z')).toBe(false) // 02:00 CEST, first pass
    expect(once('2026-10-25T00:30:00Z')).toBe(false) // 02:30 CEST, first pass
    expect(once('2026-10-25T01:30:00Z')).toBe(false) // 02:30 CET, second pass
    expect(once('2026-10-25T02:00:00Z')).toBe(true) // 03:00 CET
    expect(once('2026-03-29T00:59:00Z')).toBe(true) // 01:59 CET, just before the gap
    expect(once('2026-03-29T01:00:00Z')).toBe(true) // 03:00 CEST, just after
    expect(isUnambiguousLocalTime({ instant: at('2026-10-25T01:30:00Z'), timezone: 'UTC' })).toBe(true)
  })
})

describe('utcOffset and zoneAbbreviation', () => {
  it('writes offsets as RFC 5545 wants them', () => {
    expect(utcOffset({ minutes: 60 })).toBe('+0100')
    expect(utcOffset({ minutes: 0 })).toBe('+0000')
    expect(utcOffset({ minutes: -270 })).toBe('-0430')
    expect(utcOffset({ minutes: 345 })).toBe('+0545')
  })

  it('names zones by their abbreviation, or by their offset when they have none in English', () => {
    const name = (timezone: string, iso: string) => zoneAbbreviation({ timezone, instant: at(iso) })
    expect(name('Europe/Paris', '2026-01-15T12:00:00Z')).toBe('CET')
    expect(name('Europe/Paris', '2026-07-15T12:00:00Z')).toBe('CEST')
    expect(name('America/New_York', '2026-07-15T12:00:00Z')).toBe('EDT')
    expect(name('UTC', '2026-07-15T12:00:00Z')).toBe('UTC')
    expect(name('Asia/Tokyo', '2026-07-15T12:00:00Z')).toMatch(/^(JST|\+09)$/)
  })
})

describe('vtimezone', () => {
  it('gives Paris its standard time in force on 1 January, then summer time and winter time again', () => {
    const lines = vtimezone({
      timezone: 'Europe/Paris',
      from: at('2026-03-31T08:00:00Z'),
      to: at('2026-11-03T08:00:00Z'),
    })
    expect(lines[0]).toBe('BEGIN:VTIMEZONE')
    expect(lines[1]).toBe('TZID:Europe/Paris')
    expect(lines.at(-1)).toBe('END:VTIMEZONE')
    expect(blocks(lines)).toEqual([
      [
        'BEGIN:STANDARD',
        'DTSTART:20251026T030000',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        'TZNAME:CET',
        'END:STANDARD',
      ],
      [
        'BEGIN:DAYLIGHT',
        'DTSTART:20260329T020000',
        'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0200',
        'TZNAME:CEST',
        'END:DAYLIGHT',
      ],
      [
        'BEGIN:STANDARD',
        'DTSTART:20261025T030000',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        'TZNAME:CET',
        'END:STANDARD',
      ],
    ])
  })

  it('covers every year the events span', () => {
    const lines = vtimezone({
      timezone: 'America/New_York',
      from: at('2025-06-01T12:00:00Z'),
      to: at('2027-02-01T12:00:00Z'),
    })
    expect(lines.filter((line) => line === 'BEGIN:DAYLIGHT')).toHaveLength(3)
    expect(lines.filter((line) => line === 'BEGIN:STANDARD')).toHaveLength(4)
    expect(lines).toContain('DTSTART:20270314T020000')
    expect(lines).toContain('DTSTART:20271107T020000')
  })

  it('gives a zone without changes one standard observance', () => {
    for (const [timezone, offset] of [
      ['UTC', '+0000'],
      ['Asia/Tokyo', '+0900'],
    ]) {
      const lines = vtimezone({ timezone, from: at('2026-05-01'), to: at('2026-06-01') })
      const [observance] = blocks(lines)
      expect(blocks(lines)).toHaveLength(1)
      expect(observance[0]).toBe('BEGIN:STANDARD')
      expect(observance).toContain(`TZOFFSETFROM:${offset}`)
      expect(observance).toContain(`TZOFFSETTO:${offset}`)
      expect(observance.some((line) => /^DTSTART:\d{8}T\d{6}$/.test(line))).toBe(true)
      expect(observance.some((line) => line.startsWith('TZNAME:'))).toBe(true)
    }
  })

  it('names southern summers as daylight time (Sydney in January)', () => {
    const [first] = blocks(
      vtimezone({ timezone: 'Australia/Sydney', from: at('2026-01-10'), to: at('2026-01-20') }),
    )
    expect(first).toContain('BEGIN:DAYLIGHT')
    expect(first).toContain('TZOFFSETTO:+1100')
  })

  it('lets a calendar client turn every local time of the span back into its instant', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Tokyo', 'UTC']
    const from = at('2026-01-01T00:00:00Z')
    const to = at('2026-12-31T23:59:00Z')
    const parsed = Object.fromEntries(
      zones.map((timezone) => [timezone, parsedZone(vtimezone({ timezone, from, to }))]),
    )
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: from.getTime() / 60_000, max: to.getTime() / 60_000 }),
        (timezone, minute) => {
          const instant = new Date(minute * 60_000)
          fc.pre(isUnambiguousLocalTime({ instant, timezone }))
          const local = ICAL.Time.fromDateTimeString(
            localStamp({ instant, timezone }).replace(
              /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/,
              '$1-$2-$3T$4:$5:$6',
            ),
          )
          local.zone = parsed[timezone]
          expect(local.toJSDate().toISOString()).toBe(instant.toISOString())
        },
      ),
      { numRuns: 500 },
    )
  })
})
