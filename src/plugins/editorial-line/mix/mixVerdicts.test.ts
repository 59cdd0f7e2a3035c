import { describe, expect, it } from 'vitest'

import { type GroupCounts, mixVerdicts } from './mixVerdicts.js'

const counts = (
  of: number,
  coachs: number,
  auditeurs = 0,
  autres = 0,
  pipeline: Partial<Record<string, number>> = {},
) => {
  const entry = (committed: number, group: string): GroupCounts => ({
    committed,
    pipeline: pipeline[group] ?? 0,
    published: committed,
  })
  return {
    of: entry(of, 'of'),
    coachs: entry(coachs, 'coachs'),
    auditeurs: entry(auditeurs, 'auditeurs'),
    autres: entry(autres, 'autres'),
  }
}
const march = { of: 80, coachs: 15, auditeurs: 5, autres: 0 }
const MIX_GROUPS = ['of', 'coachs', 'auditeurs', 'autres']

describe('mixVerdicts', () => {
  it('gives shares of committed posts, gaps in points and a verdict per group', () => {
    const result = mixVerdicts({ groups: MIX_GROUPS, counts: counts(16, 3, 1), plan: march, tolerance: 10 })
    expect(result).toEqual([
      {
        group: 'of',
        planned: 80,
        committed: 16,
        committedShare: 80,
        pipeline: 0,
        published: 16,
        gap: 0,
        verdict: 'on_plan',
      },
      {
        group: 'coachs',
        planned: 15,
        committed: 3,
        committedShare: 15,
        pipeline: 0,
        published: 3,
        gap: 0,
        verdict: 'on_plan',
      },
      {
        group: 'auditeurs',
        planned: 5,
        committed: 1,
        committedShare: 5,
        pipeline: 0,
        published: 1,
        gap: 0,
        verdict: 'on_plan',
      },
      {
        group: 'autres',
        planned: 0,
        committed: 0,
        committedShare: 0,
        pipeline: 0,
        published: 0,
        gap: 0,
        verdict: 'on_plan',
      },
    ])
  })

  it('says over and under beyond the tolerance, on plan at its edge', () => {
    // 6 of 10 OF (60 %, plan 80: −20), 4 of 10 Coachs (40 %, plan 15: +25)
    const [of, coachs] = mixVerdicts({ groups: MIX_GROUPS, counts: counts(6, 4), plan: march, tolerance: 10 })
    expect([of.verdict, of.gap, coachs.verdict, coachs.gap]).toEqual(['under', -20, 'over', 25])
    // 7 of 10 OF: 70 %, exactly plan − tolerance
    expect(
      mixVerdicts({ groups: MIX_GROUPS, counts: counts(7, 3), plan: march, tolerance: 10 })[0].verdict,
    ).toBe('on_plan')
  })

  it('calls a 0 % group with posts blocked, even ones only in review', () => {
    const result = mixVerdicts({
      groups: MIX_GROUPS,
      counts: counts(9, 1, 0, 0, { autres: 1 }),
      plan: march,
      tolerance: 10,
    })
    expect(result.find((group) => group.group === 'autres')?.verdict).toBe('blocked')
  })

  it('says no_plan for a month the plan has no row for', () => {
    const result = mixVerdicts({ groups: MIX_GROUPS, counts: counts(3, 1), plan: null, tolerance: 10 })
    expect(result.map((group) => [group.verdict, group.planned, group.gap])).toEqual([
      ['no_plan', null, null],
      ['no_plan', null, null],
      ['no_plan', null, null],
      ['no_plan', null, null],
    ])
    expect(result[0].committedShare).toBe(75)
  })

  it('gives 0 % shares, not NaN, to a month without committed posts', () => {
    const result = mixVerdicts({ groups: MIX_GROUPS, counts: counts(0, 0), plan: march, tolerance: 10 })
    expect(result.map((group) => group.committedShare)).toEqual([0, 0, 0, 0])
    expect(result[0].verdict).toBe('under')
  })
})
