import { describe, expect, it } from 'vitest'

import { wallClockInstant } from './wallClockInstant.js'

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
