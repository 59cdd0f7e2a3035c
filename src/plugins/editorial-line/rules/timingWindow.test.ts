import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { WEEKDAYS } from '../constants.js'
import { minutesOfDay } from '../validators/timeOfDay.js'
import { effectiveWindow } from './effectiveWindow.js'
import { contextFor, phases, targets } from './testing/fixtures.js'
import { timingWindow } from './timingWindow.js'

/** The rule's verdict for a phase's post at a UTC instant. */
const fits = (phase: keyof typeof phases, instant: string) => {
  const context = contextFor({ phase: phase, at: '2026-01-06 09:00' })
  return timingWindow({ ...context, post: { ...context.post, publishAt: instant } }).length === 0
}

describe('timingWindow', () => {
  it('opens at the start and closes at the end of the window (OF: Tue/Thu 08:30–09:30)', () => {
    // Tuesday 6 January 2026, Paris is UTC+1
    expect(fits('of.awareness', '2026-01-06T07:29:00Z')).toBe(false) // 08:29
    expect(fits('of.awareness', '2026-01-06T07:30:00Z')).toBe(true) // 08:30, start included
    expect(fits('of.awareness', '2026-01-06T08:29:00Z')).toBe(true) // 09:29
    expect(fits('of.awareness', '2026-01-06T08:30:00Z')).toBe(false) // 09:30, end excluded
  })

  it('says when the posts go out and when this one falls', () => {
    const context = contextFor({ phase: 'of.awareness', at: '2026-01-05 14:00' }) // a Monday
    expect(timingWindow(context)).toEqual([
      {
        path: 'publishAt',
        message: {
          key: 'timingDaysAndHours',
          vars: {
            who: 'OF — Awareness',
            days: ['tue', 'thu'],
            start: '08:30',
            end: '09:30',
            timezone: 'Europe/Paris',
            day: 'mon',
            time: '14:00',
          },
        },
      },
    ])
  })

  it('allows Saturday for OF consideration but not for OF awareness', () => {
    // Saturday 7 March 2026, 09:00 in Paris
    expect(fits('of.consideration', '2026-03-07T08:00:00Z')).toBe(true)
    expect(fits('of.awareness', '2026-03-07T08:00:00Z')).toBe(false)
  })

  it('allows any day and hour for OF decision', () => {
    expect(fits('of.decision', '2026-03-09T02:17:00Z')).toBe(true) // Monday 03:17
  })

  it('reads the window in Paris on 29 March 2026, when clocks go forward (Coachs: weekend 09:00–11:00)', () => {
    // Sunday 29 March: UTC+2 from 03:00
    expect(fits('coachs.awareness', '2026-03-29T06:59:00Z')).toBe(false) // 08:59
    expect(fits('coachs.awareness', '2026-03-29T07:00:00Z')).toBe(true) // 09:00
    expect(fits('coachs.awareness', '2026-03-29T08:59:00Z')).toBe(true) // 10:59
    expect(fits('coachs.awareness', '2026-03-29T09:00:00Z')).toBe(false) // 11:00
    // the day before, still UTC+1: the same UTC instant is an hour earlier on the wall clock
    expect(fits('coachs.awareness', '2026-03-28T07:00:00Z')).toBe(false) // 08:00
    expect(fits('coachs.awareness', '2026-03-28T08:00:00Z')).toBe(true) // 09:00
  })

  it('reads the window in Paris on 25 October 2026, when clocks go back', () => {
    // Sunday 25 October: UTC+1 from 03:00 (summer time before)
    expect(fits('coachs.awareness', '2026-10-25T07:59:00Z')).toBe(false) // 08:59
    expect(fits('coachs.awareness', '2026-10-25T08:00:00Z')).toBe(true) // 09:00
    expect(fits('coachs.awareness', '2026-10-25T09:59:00Z')).toBe(true) // 10:59
    expect(fits('coachs.awareness', '2026-10-25T10:00:00Z')).toBe(false) // 11:00
    expect(fits('coachs.awareness', '2026-10-24T07:00:00Z')).toBe(true) // Saturday 09:00 summer time
  })

  it('names only the days when the window has no hours, only the hours when it has no days', () => {
    const context = contextFor({ phase: 'of.advocacy', at: '2026-06-11 09:00' })
    const target = { ...targets.certificateurs, timing: { days: ['wed' as const] } }
    const [days] = timingWindow({
      ...context,
      target,
      phase: null,
      post: { ...context.post, publishAt: '2026-06-11T07:00:00Z' },
    })
    expect(days.message.key).toBe('timingDays')
    const hoursOnly = { ...targets.certificateurs, timing: { days: [], start: '10:00', end: '12:00' } }
    const [hours] = timingWindow({
      ...context,
      target: hoursOnly,
      phase: null,
      post: { ...context.post, publishAt: '2026-06-11T07:00:00Z' },
    })
    expect(hours.message).toMatchObject({
      key: 'timingHours',
      vars: { start: '10:00', end: '12:00', time: '09:00' },
    })
  })

  it('accepts only instants that fall inside the window on a Paris wall clock (property)', () => {
    const format = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    const phaseIds = Object.keys(phases) as (keyof typeof phases)[]
    fc.assert(
      fc.property(
        fc.constantFrom(...phaseIds),
        fc.date({
          min: new Date('2026-01-01T00:00:00Z'),
          max: new Date('2027-12-31T23:59:00Z'),
          noInvalidDate: true,
        }),
        (phaseId, date) => {
          const instant = new Date(Math.floor(date.getTime() / 60_000) * 60_000).toISOString()
          if (!fits(phaseId, instant)) return true
          const phase = phases[phaseId]
          const window = effectiveWindow({
            target: targets[String(phase.target)].timing,
            phase: phase.timing,
          })
          const parts = Object.fromEntries(
            format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]),
          )
          const weekday = WEEKDAYS[['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday)]
          const minutes = Number(parts.hour) * 60 + Number(parts.minute)
          const dayOk = window.days.length === 0 || window.days.includes(weekday)
          const hourOk =
            !window.start || (minutes >= minutesOfDay(window.start) && minutes < minutesOfDay(window.end!))
          return dayOk && hourOk
        },
      ),
      { numRuns: 2000 },
    )
  })
})
