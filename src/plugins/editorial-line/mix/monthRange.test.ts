import { describe, expect, it } from 'vitest'

import { monthRange } from './monthRange.js'

describe('monthRange', () => {
  it('reads one month', () => {
    expect(monthRange({ month: '2026-03' })).toEqual({ months: ['2026-03'] })
  })

  it('reads a range across a year, inclusive', () => {
    expect(monthRange({ from: '2026-11', to: '2027-02' })).toEqual({
      months: ['2026-11', '2026-12', '2027-01', '2027-02'],
    })
  })

  it('allows 24 months, not 25', () => {
    expect((monthRange({ from: '2026-01', to: '2027-12' }) as { months: string[] }).months).toHaveLength(24)
    expect(monthRange({ from: '2026-01', to: '2028-01' })).toEqual({ problem: 'rangeTooLong' })
  })

  it('names what is wrong', () => {
    expect(monthRange({})).toEqual({ problem: 'missingMonth' })
    expect(monthRange({ month: '2026-13' })).toEqual({ problem: 'badMonth' })
    expect(monthRange({ month: ['2026-01'] })).toEqual({ problem: 'badMonth' })
    expect(monthRange({ from: '2026-03' })).toEqual({ problem: 'badMonth' })
    expect(monthRange({ from: '2026-03', to: '2026-01' })).toEqual({ problem: 'badRange' })
  })
})
