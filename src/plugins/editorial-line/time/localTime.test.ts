import { describe, expect, it } from 'vitest'

import { localTime } from './localTime.js'

describe('localTime', () => {
  it('reads winter time in Paris as UTC+1 and summer time as UTC+2', () => {
    expect(localTime({ instant: '2026-01-06T07:45:00Z', timezone: 'Europe/Paris' })).toEqual({
      weekday: 'tue',
      minutes: 8 * 60 + 45,
      time: '08:45',
      month: '2026-01',
      day: '2026-01-06',
      display: '06/01/2026 08:45',
    })
    expect(localTime({ instant: '2026-07-07T06:45:00Z', timezone: 'Europe/Paris' }).time).toBe('08:45')
  })

  it('follows the DST changes of 2026 (29 March, 25 October)', () => {
    expect(localTime({ instant: '2026-03-29T00:59:00Z', timezone: 'Europe/Paris' }).time).toBe('01:59')
    expect(localTime({ instant: '2026-03-29T01:00:00Z', timezone: 'Europe/Paris' }).time).toBe('03:00')
    expect(localTime({ instant: '2026-10-25T00:30:00Z', timezone: 'Europe/Paris' }).time).toBe('02:30')
    expect(localTime({ instant: '2026-10-25T01:30:00Z', timezone: 'Europe/Paris' }).time).toBe('02:30')
  })

  it('puts 23:30 on the last day of a month in that month, locally', () => {
    const local = localTime({ instant: '2026-03-31T21:30:00Z', timezone: 'Europe/Paris' })
    expect(local).toMatchObject({ month: '2026-03', day: '2026-03-31', time: '23:30', weekday: 'tue' })
    expect(localTime({ instant: '2026-03-31T22:30:00Z', timezone: 'Europe/Paris' }).month).toBe('2026-04')
  })

  it('reads other zones too', () => {
    expect(localTime({ instant: '2026-01-06T07:45:00Z', timezone: 'Indian/Reunion' }).time).toBe('11:45')
  })
})
