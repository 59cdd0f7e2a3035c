import { describe, expect, it } from 'vitest'

import { frequencyCap } from './frequencyCap.js'
import { contextFor } from './testing/fixtures.js'

const retention = (phaseInMonth: number) =>
  frequencyCap(
    contextFor({
      phase: 'of.retention',
      at: '2026-05-28 09:00',
      counts: { phaseInMonth, committedInMonth: 0, groupCommittedInMonth: 0 },
    }),
  )

describe('frequencyCap', () => {
  it('lets OF retention take its fourth post of the month', () => {
    expect(retention(0)).toEqual([])
    expect(retention(3)).toEqual([])
  })

  it('refuses the fifth', () => {
    expect(retention(4)).toEqual([
      {
        path: 'publishAt',
        message: {
          key: 'frequencyCap',
          vars: { phase: 'OF — Retention', max: 4, month: '2026-05', count: 4 },
        },
      },
    ])
  })

  it('leaves phases without a cap alone', () => {
    const context = contextFor({
      phase: 'of.decision',
      at: '2026-04-02 09:00',
      counts: { phaseInMonth: 40, committedInMonth: 0, groupCommittedInMonth: 0 },
    })
    expect(frequencyCap(context)).toEqual([])
  })
})
