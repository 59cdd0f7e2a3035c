import { describe, expect, it } from 'vitest'

import { isTimeOfDay, minutesOfDay } from './timeOfDay.js'

describe('isTimeOfDay', () => {
  it.each(['00:00', '08:30', '09:05', '23:59'])('accepts %s', (value) => {
    expect(isTimeOfDay({ value })).toBe(true)
  })

  it.each(['8:30', '24:00', '24:01', '12:60', '0830', '08:30:00', '', 'ab:cd', ' 08:30'])(
    'refuses %j',
    (value) => {
      expect(isTimeOfDay({ value })).toBe(false)
    },
  )

  it('accepts 24:00 only as an end of day', () => {
    expect(isTimeOfDay({ value: '24:00', endOfDay: true })).toBe(true)
    expect(isTimeOfDay({ value: '24:30', endOfDay: true })).toBe(false)
  })
})

describe('minutesOfDay', () => {
  it('counts minutes since midnight', () => {
    expect(minutesOfDay('00:00')).toBe(0)
    expect(minutesOfDay('08:30')).toBe(510)
    expect(minutesOfDay('24:00')).toBe(1440)
  })
})
