import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { planRowInForce } from './planRowInForce.js'

const rows = [
  { month: '2026-03', of: 80 },
  { month: '2026-01', of: 90 },
  { month: '2026-06', of: 70 },
]

describe('planRowInForce', () => {
  it('takes the row of the month itself', () => {
    expect(planRowInForce({ rows, month: '2026-03' })).toEqual({ month: '2026-03', of: 80 })
  })

  it('holds a row until the month of the next one, in whatever order the rows come', () => {
    expect(planRowInForce({ rows, month: '2026-02' })?.month).toBe('2026-01')
    expect(planRowInForce({ rows, month: '2026-05' })?.month).toBe('2026-03')
  })

  it('keeps the last row in force after it, across years', () => {
    expect(planRowInForce({ rows, month: '2026-12' })?.month).toBe('2026-06')
    expect(planRowInForce({ rows, month: '2031-02' })?.month).toBe('2026-06')
  })

  it('is null before the first row and without rows', () => {
    expect(planRowInForce({ rows, month: '2025-12' })).toBeNull()
    expect(planRowInForce({ rows: [], month: '2026-03' })).toBeNull()
  })

  it('always returns the latest row not after the month', () => {
    const month = fc
      .tuple(fc.integer({ min: 2020, max: 2040 }), fc.integer({ min: 1, max: 12 }))
      .map(([year, m]) => `${year}-${String(m).padStart(2, '0')}`)
    fc.assert(
      fc.property(fc.uniqueArray(month, { maxLength: 8 }), month, (months, asked) => {
        const found = planRowInForce({ rows: months.map((value) => ({ month: value })), month: asked })
        const earlier = months.filter((value) => value <= asked).sort()
        expect(found?.month ?? null).toBe(earlier.at(-1) ?? null)
      }),
    )
  })
})
