import { describe, expect, it } from 'vitest'

import { parseIsoDate } from './parseIsoDate.js'

const iso = (value: string, endOfDay = false) =>
  parseIsoDate({ value, timezone: 'Europe/Paris', endOfDay })?.toISOString()

describe('parseIsoDate', () => {
  it('reads a date as midnight in the plan timezone, on either side of a clock change', () => {
    expect(iso('2026-03-29')).toBe('2026-03-28T23:00:00.000Z')
    expect(iso('2026-03-30')).toBe('2026-03-29T22:00:00.000Z')
    expect(iso('2026-03-29', true)).toBe('2026-03-29T22:00:00.000Z')
    expect(iso('2026-12-31', true)).toBe('2026-12-31T23:00:00.000Z')
  })

  it('reads a date-time with its offset, or without one on the plan’s clock', () => {
    expect(iso('2026-10-27T09:00:00Z')).toBe('2026-10-27T09:00:00.000Z')
    expect(iso('2026-10-27T09:00:00.5+02:00')).toBe('2026-10-27T07:00:00.500Z')
    expect(iso('2026-10-27T09:00-0530')).toBe('2026-10-27T14:30:00.000Z')
    expect(iso('2026-10-27T09:00')).toBe('2026-10-27T08:00:00.000Z')
    expect(iso('2026-07-01T09:00:00')).toBe('2026-07-01T07:00:00.000Z')
  })

  it('refuses what is not a real ISO date', () => {
    for (const value of [
      'zzz',
      '2026-02-30',
      '2026-13-01',
      '2026-1-5',
      '05/01/2026',
      '2026-01-05T24:00',
      '2026-01-05T10:60',
      '2026-01-05 10:00',
      '2026-01-05T10:00+25:00',
      '1767225600000',
      '',
    ]) {
      expect(iso(value), value).toBeUndefined()
    }
  })
})
