import { describe, expect, it } from 'vitest'

import { phaseMonths } from './phaseMonths.js'
import { contextFor } from './testing/fixtures.js'

describe('phaseMonths', () => {
  it('accepts the phase’s first and last months', () => {
    expect(phaseMonths(contextFor({ phase: 'of.consideration', at: '2026-02-03 09:00' }))).toEqual([])
    expect(phaseMonths(contextFor({ phase: 'of.consideration', at: '2026-03-31 09:00' }))).toEqual([])
  })

  it('flags a month outside the phase, with its window', () => {
    expect(phaseMonths(contextFor({ phase: 'of.consideration', at: '2026-04-02 09:00' }))).toEqual([
      {
        path: 'publishAt',
        message: {
          key: 'outsidePhaseMonths',
          vars: { phase: 'OF — Consideration', from: 2, to: 3, month: 4 },
        },
      },
    ])
  })

  it('reads an open-ended phase as "from month N on" (OF advocacy, month 6+)', () => {
    expect(phaseMonths(contextFor({ phase: 'of.advocacy', at: '2027-03-02 09:00' }))).toEqual([])
    expect(
      phaseMonths(contextFor({ phase: 'of.advocacy', at: '2026-05-05 09:00' }))[0].message,
    ).toMatchObject({
      key: 'outsidePhaseMonthsOpen',
      vars: { from: 6, month: 5 },
    })
  })
})
