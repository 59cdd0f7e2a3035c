import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { addDays, dayStart, isDay, localDay, mondayOf, weekdayOf } from './days.js'

describe('isDay', () => {
  it('accepts real days written YYYY-MM-DD', () => {
    expect(isDay('2026-03-10')).toBe(true)
    expect(isDay('2028-02-29')).toBe(true)
  })

  it('refuses anything else', () => {
    for (const value of [
      '2026-02-29',
      '2026-13-01',
      '2026-3-1',
      '2026-03-10T00:00',
      '',
      'today',
      '0999-01-01',
    ])
      expect(isDay(value)).toBe(false)
    expect(isDay(undefined)).toBe(false)
    expect(isDay(['2026-03-10'])).toBe(false)
  })
})

describe('day arithmetic', () => {
  it('adds days across months, years and the spring clock change', () => {
    expect(addDays({ day: '2026-03-28', days: 2 })).toBe('2026-03-30')
    expect(addDays({ day: '2026-12-31', days: 1 })).toBe('2027-01-01')
    expect(addDays({ day: '2026-03-01', days: -1 })).toBe('2026-02-28')
  })

  it('names weekdays and finds the Monday of a week', () => {
    expect(weekdayOf('2026-03-10')).toBe('tue')
    expect(weekdayOf('2026-03-15')).toBe('sun')
    expect(mondayOf('2026-03-10')).toBe('2026-03-09')
    expect(mondayOf('2026-03-09')).toBe('2026-03-09')
    expect(mondayOf('2026-03-01')).toBe('2026-02-23')
  })

  it('always lands on a Monday at most six days back', () => {
    const day = fc
      .date({ min: new Date('1970-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, (value) => {
        const monday = mondayOf(value)
        expect(weekdayOf(monday)).toBe('mon')
        expect(value >= monday && value <= addDays({ day: monday, days: 6 })).toBe(true)
      }),
    )
  })
})

describe('days in a timezone', () => {
  it('reads the local day of an instant', () => {
    expect(localDay({ instant: '2026-03-31T21:30:00.000Z', timezone: 'Europe/Paris' })).toBe('2026-03-31')
    expect(localDay({ instant: '2026-03-31T22:30:00.000Z', timezone: 'Europe/Paris' })).toBe('2026-04-01')
  })

  it('starts a day at local midnight, winter and summer time', () => {
    expect(dayStart({ day: '2026-03-01', timezone: 'Europe/Paris' })).toBe('2026-02-28T23:00:00.000Z')
    expect(dayStart({ day: '2026-04-01', timezone: 'Europe/Paris' })).toBe('2026-03-31T22:00:00.000Z')
  })
})
