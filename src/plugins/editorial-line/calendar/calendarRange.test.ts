import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { calendarRange } from './calendarRange.js'

const timezone = 'Europe/Paris'

describe('calendarRange', () => {
  it('shows March 2026 as six whole weeks from Monday 23 February, posts from 1 to 31 March', () => {
    const range = calendarRange({ view: 'month', date: '2026-03-10', timezone })
    expect(range).toMatchObject({
      first: '2026-03-01',
      last: '2026-03-31',
      start: '2026-02-28T23:00:00.000Z',
      end: '2026-03-31T22:00:00.000Z',
      previous: '2026-02-01',
      next: '2026-04-01',
    })
    expect(range.weeks).toHaveLength(6)
    expect(range.weeks[0][0]).toEqual({ day: '2026-02-23', weekday: 'mon', inRange: false })
    expect(range.weeks[0][6]).toEqual({ day: '2026-03-01', weekday: 'sun', inRange: true })
    expect(range.weeks[5][1]).toEqual({ day: '2026-03-31', weekday: 'tue', inRange: true })
    expect(range.weeks[5][6]).toEqual({ day: '2026-04-05', weekday: 'sun', inRange: false })
    expect(range.weeks.flat().filter((day) => day.inRange)).toHaveLength(31)
  })

  it('fits February 2027 in four weeks and crosses the year', () => {
    const range = calendarRange({ view: 'month', date: '2027-02-01', timezone })
    expect(range.weeks).toHaveLength(4)
    expect(calendarRange({ view: 'month', date: '2026-12-15', timezone }).next).toBe('2027-01-01')
    expect(calendarRange({ view: 'month', date: '2027-01-15', timezone }).previous).toBe('2026-12-01')
  })

  it('shows the week of a date, Monday to Sunday', () => {
    const range = calendarRange({ view: 'week', date: '2026-03-10', timezone })
    expect(range).toMatchObject({
      first: '2026-03-09',
      last: '2026-03-15',
      start: '2026-03-08T23:00:00.000Z',
      end: '2026-03-15T23:00:00.000Z',
      previous: '2026-03-02',
      next: '2026-03-16',
    })
    expect(range.weeks).toHaveLength(1)
    expect(range.weeks[0].map((day) => day.weekday)).toEqual([
      'mon',
      'tue',
      'wed',
      'thu',
      'fri',
      'sat',
      'sun',
    ])
    expect(range.weeks[0].every((day) => day.inRange)).toBe(true)
  })

  it('cuts the week of the spring clock change at local midnights (167 hours)', () => {
    const range = calendarRange({ view: 'week', date: '2026-03-29', timezone })
    expect(range.start).toBe('2026-03-22T23:00:00.000Z')
    expect(range.end).toBe('2026-03-29T22:00:00.000Z')
  })

  it('always holds the date, in whole weeks, with neighbours that meet', () => {
    const date = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((value) => value.toISOString().slice(0, 10))
    fc.assert(
      fc.property(date, fc.constantFrom('month' as const, 'week' as const), (day, view) => {
        const range = calendarRange({ view, date: day, timezone })
        const days = range.weeks.flat()
        expect(days.some((cell) => cell.day === day && cell.inRange)).toBe(true)
        expect(
          days.every(
            (cell, index) => cell.weekday === ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'][index % 7],
          ),
        ).toBe(true)
        expect(calendarRange({ view, date: range.next, timezone }).start).toBe(range.end)
        expect(calendarRange({ view, date: range.previous, timezone }).end).toBe(range.start)
      }),
    )
  })
})
