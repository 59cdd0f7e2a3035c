import { describe, expect, it } from 'vitest'

import { mixTolerance } from './mixTolerance.js'
import { contextFor } from './testing/fixtures.js'

/** A Coachs post in March 2026 (plan 15 %, tolerance 10) with the month's other committed posts. */
const coachsInMarch = (committedInMonth: number, groupCommittedInMonth: number) =>
  mixTolerance(
    contextFor({
      phase: 'coachs.consideration',
      at: '2026-03-14 10:00',
      counts: { phaseInMonth: 0, committedInMonth, groupCommittedInMonth },
    }),
  )

describe('mixTolerance', () => {
  it('warns when the post takes its group above plan + tolerance', () => {
    // 3 of 10 committed would be Coachs: 30 % > 15 + 10
    expect(coachsInMarch(9, 2)).toEqual([
      {
        path: 'target',
        message: {
          key: 'mixOverTolerance',
          vars: { group: 'coachs', share: 30, month: '2026-03', planned: 15, tolerance: 10 },
        },
      },
    ])
  })

  it('accepts a share at plan + tolerance exactly', () => {
    // 5 of 20: 25 % = 15 + 10
    expect(coachsInMarch(19, 4)).toEqual([])
  })

  it('says nothing while the month has fewer than ten committed posts', () => {
    // 3 of 9 would be 33 %, but nine posts are too few to mean anything
    expect(coachsInMarch(8, 2)).toEqual([])
  })

  it('holds June’s row in a later month without its own (Coachs 15 % ± 10 in November)', () => {
    const coachsInNovember = (committedInMonth: number, groupCommittedInMonth: number) =>
      mixTolerance(
        contextFor({
          phase: 'coachs.advocacy',
          at: '2026-11-14 10:00',
          counts: { phaseInMonth: 0, committedInMonth, groupCommittedInMonth },
        }),
      )
    expect(coachsInNovember(9, 2)).toEqual([
      {
        path: 'target',
        message: {
          key: 'mixOverTolerance',
          vars: { group: 'coachs', share: 30, month: '2026-11', planned: 15, tolerance: 10 },
        },
      },
    ])
    expect(coachsInNovember(19, 4)).toEqual([])
  })
})
