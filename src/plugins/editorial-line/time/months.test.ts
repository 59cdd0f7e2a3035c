import { describe, expect, it } from 'vitest'

import { monthAt, monthIndex, shiftMonth } from './months.js'

describe('month arithmetic', () => {
  it('counts months across years both ways', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2027-01', -1)).toBe('2026-12')
    expect(shiftMonth('2026-06', -18)).toBe('2024-12')
    expect(shiftMonth('2026-03', 0)).toBe('2026-03')
    expect(shiftMonth('2026-03', -5)).toBe('2025-10')
  })

  it('turns a month into a number and back', () => {
    expect(monthIndex('2027-01') - monthIndex('2026-06')).toBe(7)
    expect(monthAt(monthIndex('2026-09'))).toBe('2026-09')
  })
})
