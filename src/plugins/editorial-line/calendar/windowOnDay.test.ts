import { describe, expect, it } from 'vitest'

import { windowOnDay } from './windowOnDay.js'

const of = { days: ['tue' as const, 'thu' as const], start: '08:30', end: '09:30' }

describe('windowOnDay', () => {
  it('covers 08:30 to 09:30 on the OF days only', () => {
    expect(windowOnDay({ timing: of, weekday: 'tue' })).toEqual({ start: 510, end: 570 })
    expect(windowOnDay({ timing: of, weekday: 'thu' })).toEqual({ start: 510, end: 570 })
    expect(windowOnDay({ timing: of, weekday: 'wed' })).toBeNull()
  })

  it('reads no days as any day and no hours as the whole day', () => {
    expect(windowOnDay({ timing: { start: '10:00', end: '12:00' }, weekday: 'sun' })).toEqual({
      start: 600,
      end: 720,
    })
    expect(windowOnDay({ timing: { days: ['sat'] }, weekday: 'sat' })).toEqual({ start: 0, end: 1440 })
    expect(windowOnDay({ timing: {}, weekday: 'mon' })).toEqual({ start: 0, end: 1440 })
    expect(windowOnDay({ timing: null, weekday: 'mon' })).toEqual({ start: 0, end: 1440 })
    expect(windowOnDay({ timing: { days: [], start: null, end: null }, weekday: 'mon' })).toEqual({
      start: 0,
      end: 1440,
    })
  })

  it('runs to midnight with 24:00 and covers nothing when the end is not after the start', () => {
    expect(windowOnDay({ timing: { start: '18:00', end: '24:00' }, weekday: 'fri' })).toEqual({
      start: 1080,
      end: 1440,
    })
    expect(windowOnDay({ timing: { start: '10:00', end: '10:00' }, weekday: 'fri' })).toBeNull()
  })
})
