import { describe, expect, it } from 'vitest'

import { mixRowsProblem } from './mixRows.js'

const groups = ['of', 'coachs', 'auditeurs', 'autres']

describe('mixRowsProblem', () => {
  it('accepts rows that each add up to 100, one per month', () => {
    const rows = [
      { month: '2026-01', of: 90, coachs: 10, auditeurs: 0, autres: 0 },
      { month: '2026-05', of: 70, coachs: 15, auditeurs: 10, autres: 5 },
    ]
    expect(mixRowsProblem({ rows, groups })).toBeNull()
    expect(mixRowsProblem({ rows: [], groups })).toBeNull()
  })

  it('names the month whose shares do not add up to 100, with its total', () => {
    const rows = [
      { month: '2026-01', of: 90, coachs: 10, auditeurs: 0, autres: 0 },
      { month: '2026-02', of: 90, coachs: 15, auditeurs: 0, autres: 0 },
    ]
    expect(mixRowsProblem({ rows, groups })).toEqual({ problem: 'mixRowTotal', month: '2026-02', total: 105 })
  })

  it('counts a missing share as 0', () => {
    expect(mixRowsProblem({ rows: [{ month: '2026-03', of: 80 }], groups })).toEqual({
      problem: 'mixRowTotal',
      month: '2026-03',
      total: 80,
    })
  })

  it('refuses the same month twice', () => {
    const row = { month: '2026-01', of: 100, coachs: 0, auditeurs: 0, autres: 0 }
    expect(mixRowsProblem({ rows: [row, { ...row }], groups })).toEqual({
      problem: 'mixMonthTwice',
      month: '2026-01',
    })
  })
})
