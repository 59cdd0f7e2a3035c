import { describe, expect, it } from 'vitest'

import { digestWeek } from './digestWeek.js'

const paris = 'Europe/Paris'

describe('digestWeek', () => {
  it('is due from Monday 08:00 on the plan’s wall clock, for that day only', () => {
    // Monday 4 January 2027: Paris is UTC+1, so 08:00 there is 07:00 UTC.
    expect(digestWeek({ now: new Date('2027-01-04T06:59:00Z'), timezone: paris })).toBeNull()
    expect(digestWeek({ now: new Date('2027-01-04T07:00:00Z'), timezone: paris })).toEqual({
      monday: '2027-01-04',
      from: '2027-01-03T23:00:00.000Z',
      to: '2027-01-10T23:00:00.000Z',
    })
    expect(digestWeek({ now: new Date('2027-01-05T06:59:00Z'), timezone: paris })?.monday).toBe('2027-01-04')
    expect(digestWeek({ now: new Date('2027-01-05T07:00:00Z'), timezone: paris })).toBeNull()
    expect(digestWeek({ now: new Date('2027-01-08T07:00:00Z'), timezone: paris })).toBeNull()
  })

  it('follows the timezone and its daylight saving', () => {
    // Summer: Paris is UTC+2.
    expect(digestWeek({ now: new Date('2027-06-07T05:59:00Z'), timezone: paris })).toBeNull()
    expect(digestWeek({ now: new Date('2027-06-07T06:00:00Z'), timezone: paris })?.monday).toBe('2027-06-07')
    // In New York, 08:00 on Monday is 13:00 UTC in winter; Monday morning in Paris is still Sunday night there.
    expect(digestWeek({ now: new Date('2027-01-04T07:00:00Z'), timezone: 'America/New_York' })).toBeNull()
    expect(digestWeek({ now: new Date('2027-01-04T13:00:00Z'), timezone: 'America/New_York' })).toMatchObject(
      {
        monday: '2027-01-04',
        from: '2027-01-04T05:00:00.000Z',
      },
    )
  })
})
