import { TZDate } from '@date-fns/tz'
import fc from 'fast-check'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { isSafeLocalTime } from './isSafeLocalTime.js'
import { vtimezone } from './vtimezone.js'

const at = (iso: string) => new Date(iso)

describe('isSafeLocalTime', () => {
  it('refuses the local times the clocks show twice, when they go back', () => {
    const safe = (iso: string) => isSafeLocalTime({ instant: at(iso), timezone: 'Europe/Paris' })
    expect(safe('2026-10-24T23:59:00Z')).toBe(true) // 01:59 CEST
    expect(safe('2026-10-25T00:00:00Z')).toBe(false) // 02:00 CEST, first pass
    expect(safe('2026-10-25T00:30:00Z')).toBe(false) // 02:30 CEST, first pass
    expect(safe('2026-10-25T01:30:00Z')).toBe(false) // 02:30 CET, second pass
    expect(safe('2026-10-25T02:00:00Z')).toBe(true) // 03:00 CET
    expect(safe('2026-03-29T00:59:00Z')).toBe(true) // 01:59 CET, just before the gap
    expect(safe('2026-03-29T01:00:00Z')).toBe(true) // 03:00 CEST, just after
  })

  it('accepts ordinary times of zones with and without summer time', () => {
    for (const timezone of ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Tokyo', 'UTC']) {
      for (const iso of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z']) {
        expect(isSafeLocalTime({ instant: at(iso), timezone }), `${timezone} ${iso}`).toBe(true)
      }
    }
  })

  it('refuses a time the shipped VTIMEZONE gives another offset than this runtime does', () => {
    // timezones-ical-library 2.3.2 gives Vancouver -07 all year from 1970 on; this runtime's zone
    // data has it at -08 in January 2026.
    expect(isSafeLocalTime({ instant: at('2026-01-15T17:00:00Z'), timezone: 'America/Vancouver' })).toBe(
      false,
    )
    expect(isSafeLocalTime({ instant: at('2026-07-15T16:00:00Z'), timezone: 'America/Vancouver' })).toBe(true)
  })

  it('refuses unknown zones and invalid dates', () => {
    expect(isSafeLocalTime({ instant: at('2026-07-15T12:00:00Z'), timezone: 'Mars/Olympus' })).toBe(false)
    // The library's own alias for Chicago, which this runtime does not know.
    expect(isSafeLocalTime({ instant: at('2026-07-15T12:00:00Z'), timezone: 'CT' })).toBe(false)
    expect(isSafeLocalTime({ instant: new Date(Number.NaN), timezone: 'Europe/Paris' })).toBe(false)
  })

  it('lets a calendar client turn every safe local time back into its instant', () => {
    const zones = [
      'Europe/Paris',
      'America/New_York',
      'America/Vancouver',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'Africa/Casablanca',
      'Asia/Tokyo',
    ]
    const parsed = Object.fromEntries(
      zones.map((timezone) => [
        timezone,
        new ICAL.Timezone(ICAL.Component.fromString(vtimezone({ timezone })!)),
      ]),
    )
    const from = at('2026-01-01T00:00:00Z').getTime() / 60_000
    const to = at('2027-12-31T23:59:00Z').getTime() / 60_000
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: from, max: to }), (timezone, minute) => {
        const instant = new Date(minute * 60_000)
        if (!isSafeLocalTime({ instant, timezone })) return
        const wall = new TZDate(instant.getTime(), timezone)
        const local = new ICAL.Time(
          {
            year: wall.getFullYear(),
            month: wall.getMonth() + 1,
            day: wall.getDate(),
            hour: wall.getHours(),
            minute: wall.getMinutes(),
            second: 0,
            isDate: false,
          },
          parsed[timezone],
        )
        expect(local.toJSDate().toISOString()).toBe(instant.toISOString())
      }),
      { numRuns: 2000 },
    )
  })
})
