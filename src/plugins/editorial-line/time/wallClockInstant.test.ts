import { describe, expect, it } from 'vitest'

import { wallClockInstant, wallClockMinutes } from './wallClockInstant.js'

describe('wallClockInstant', () => {
  it('follows daylight saving time', () => {
    expect(wallClockInstant({ local: '2027-01-05 09:00', timezone: 'Europe/Paris' })).toBe(
      '2027-01-05T08:00:00.000Z',
    )
    expect(wallClockInstant({ local: '2027-07-06 09:00', timezone: 'Europe/Paris' })).toBe(
      '2027-07-06T07:00:00.000Z',
    )
    expect(wallClockInstant({ local: '2027-07-06 09:00', timezone: 'America/New_York' })).toBe(
      '2027-07-06T13:00:00.000Z',
    )
  })
})

describe('wallClockMinutes', () => {
  const at = (day: string, minutes: number) =>
    new Date(wallClockMinutes({ day, minutes, timezone: 'Europe/Paris' })).toISOString()

  it('counts minutes from the local midnight, running on into the next day', () => {
    expect(at('2026-10-27', 9 * 60 + 30)).toBe('2026-10-27T08:30:00.000Z')
    expect(at('2026-10-27', 24 * 60)).toBe('2026-10-27T23:00:00.000Z')
  })

  it('counts from the midnight of a day whose clocks change', () => {
    // 29 March 2026: Paris goes from 02:00 to 03:00, so 03:30 is 01:30 UTC.
    expect(at('2026-03-29', 3 * 60 + 30)).toBe('2026-03-29T01:30:00.000Z')
    expect(at('2026-03-29', 0)).toBe('2026-03-28T23:00:00.000Z')
  })
})
