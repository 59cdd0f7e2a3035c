import { describe, expect, it } from 'vitest'

import { qaliaEditorialLine } from '../presets/qalia/qaliaEditorialLine.js'
import { nextPlanRow } from './nextPlanRow.js'

const rows = qaliaEditorialLine.mix.map((row, index) => ({ ...row, id: `row-${index}` }))

describe('nextPlanRow', () => {
  it('adds the month after the current one, prefilled from the row in force (June’s in December)', () => {
    expect(nextPlanRow({ rows, currentMonth: '2026-12' })).toEqual({
      month: '2027-01',
      of: 70,
      coachs: 15,
      auditeurs: 10,
      autres: 5,
    })
  })

  it('goes past the plan’s latest row rather than repeat a month', () => {
    expect(nextPlanRow({ rows, currentMonth: '2026-02' })).toEqual({
      month: '2026-07',
      of: 70,
      coachs: 15,
      auditeurs: 10,
      autres: 5,
    })
    const withJuly = [...rows, { month: '2026-07', of: 60, coachs: 20, auditeurs: 10, autres: 10 }]
    expect(nextPlanRow({ rows: withJuly, currentMonth: '2026-06' })).toMatchObject({
      month: '2026-08',
      of: 60,
    })
  })

  it('gives only the month when no row is in force yet, and ignores rows without a month', () => {
    expect(nextPlanRow({ rows: [{ month: '' }, { month: null }], currentMonth: '2026-12' })).toEqual({
      month: '2027-01',
    })
    expect(nextPlanRow({ rows: [{ month: '2028-03', of: 100 }], currentMonth: '2026-12' })).toEqual({
      month: '2028-04',
      of: 100,
    })
  })
})
