import { describe, expect, it } from 'vitest'

import { effectiveWindow } from './effectiveWindow.js'

const of = { days: ['tue' as const, 'thu' as const], start: '08:30', end: '09:30' }

describe('effectiveWindow', () => {
  it('uses the target’s timing when the phase sets none', () => {
    expect(effectiveWindow({ target: of, phase: { days: [] } })).toEqual(of)
    expect(effectiveWindow({ target: of })).toEqual(of)
  })

  it('takes the phase’s days and keeps the target’s hours (OF consideration)', () => {
    expect(effectiveWindow({ target: of, phase: { days: ['tue', 'thu', 'sat'] } })).toEqual({
      ...of,
      days: ['tue', 'thu', 'sat'],
    })
  })

  it('takes the phase’s hours when it sets both (OF decision: any time)', () => {
    const every = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
    expect(
      effectiveWindow({ target: of, phase: { days: [...every], start: '00:00', end: '24:00' } }),
    ).toEqual({
      days: every,
      start: '00:00',
      end: '24:00',
    })
  })

  it('has no constraint when neither sets one', () => {
    expect(effectiveWindow({ target: { days: [] }, phase: null })).toEqual({ days: [] })
  })
})
