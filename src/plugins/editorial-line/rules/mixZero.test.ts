import { describe, expect, it } from 'vitest'

import { mixZero } from './mixZero.js'
import { contextFor, plan } from './testing/fixtures.js'

describe('mixZero', () => {
  it('refuses a post for a group planned at 0 % that month (Auditeurs in February)', () => {
    expect(mixZero(contextFor({ phase: 'auditeurs.awareness', at: '2026-02-25 10:30' }))).toEqual([
      { path: 'target', message: { key: 'mixZero', vars: { group: 'auditeurs', month: '2026-02' } } },
    ])
  })

  it('accepts it once the plan gives the group a share (Auditeurs 5 % in March)', () => {
    expect(mixZero(contextFor({ phase: 'auditeurs.awareness', at: '2026-03-04 10:30' }))).toEqual([])
  })

  it('applies the row in force to a month without its own row', () => {
    const zeroInJune = {
      ...plan,
      mix: plan.mix.map((row) => (row.month === '2026-06' ? { ...row, auditeurs: 0, of: 80 } : row)),
    }
    expect(
      mixZero({ ...contextFor({ phase: 'auditeurs.awareness', at: '2026-09-02 10:30' }), plan: zeroInJune }),
    ).toEqual([
      { path: 'target', message: { key: 'mixZero', vars: { group: 'auditeurs', month: '2026-09' } } },
    ])
    // June's 10 % holds in September as seeded
    expect(mixZero(contextFor({ phase: 'auditeurs.awareness', at: '2026-09-02 10:30' }))).toEqual([])
  })

  it('does not apply before the plan’s first row', () => {
    expect(mixZero(contextFor({ phase: 'auditeurs.awareness', at: '2025-12-03 10:30' }))).toEqual([])
    expect(
      mixZero({
        ...contextFor({ phase: 'auditeurs.awareness', at: '2026-02-25 10:30' }),
        plan: { ...plan, mix: [] },
      }),
    ).toEqual([])
  })
})
