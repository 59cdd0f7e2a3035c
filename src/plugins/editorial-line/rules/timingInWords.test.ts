import { describe, expect, it } from 'vitest'

import { timingInWords } from './timingInWords.js'

const french = {
  timezone: 'Europe/Paris',
  dayWord: (day: string) => ({ tue: 'le mardi', thu: 'le jeudi', sat: 'le samedi' })[day] ?? day,
  language: 'fr',
  anyDay: 'tous les jours',
  anyHour: 'à toute heure',
}

describe('timingInWords', () => {
  it('says the days as alternatives and the hours as a range, in the plan timezone', () => {
    expect(timingInWords({ ...french, window: { days: ['tue', 'thu'], start: '08:30', end: '09:30' } })).toBe(
      'le mardi ou le jeudi, 08:30–09:30 (Europe/Paris)',
    )
  })

  it('says when any day or any hour will do', () => {
    expect(timingInWords({ ...french, window: { days: [] } })).toBe(
      'tous les jours, à toute heure (Europe/Paris)',
    )
    expect(timingInWords({ ...french, window: { days: ['sat'] } })).toBe(
      'le samedi, à toute heure (Europe/Paris)',
    )
  })

  it('leaves the timezone out while it is not known', () => {
    expect(
      timingInWords({
        window: { days: ['sat'], start: '09:00', end: '11:00' },
        timezone: '',
        dayWord: (day) => `on ${day}`,
        language: 'en',
        anyDay: 'any day',
        anyHour: 'any time',
      }),
    ).toBe('on sat, 09:00–11:00')
  })
})
