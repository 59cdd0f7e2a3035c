import { describe, expect, it } from 'vitest'

import { clockTime, dayLabel, weekdayNames, weekTitle } from './calendarLabels.js'

describe('calendar labels', () => {
  it('names the weekdays from Monday, in French and English', () => {
    expect(Object.values(weekdayNames({ language: 'fr', style: 'long' }))).toEqual([
      'lundi',
      'mardi',
      'mercredi',
      'jeudi',
      'vendredi',
      'samedi',
      'dimanche',
    ])
    expect(weekdayNames({ language: 'en', style: 'short' })).toMatchObject({ mon: 'Mon', sun: 'Sun' })
  })

  it('labels a day and a week', () => {
    expect(dayLabel({ day: '2026-03-10', language: 'fr' })).toBe('mar. 10 mars')
    expect(dayLabel({ day: '2026-03-10', language: 'en' })).toBe('Tue, Mar 10')
    expect(weekTitle({ first: '2026-03-09', last: '2026-03-15', language: 'fr' })).toBe('9–15 mars 2026')
    // ICU puts thin spaces around the dash of a range across months.
    expect(weekTitle({ first: '2026-03-30', last: '2026-04-05', language: 'en' })).toBe(
      'March 30\u2009–\u2009April 5, 2026',
    )
  })

  it('writes minutes as a clock time', () => {
    expect(clockTime(510)).toBe('08:30')
    expect(clockTime(0)).toBe('00:00')
    expect(clockTime(1440)).toBe('24:00')
  })
})
