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

  it('does not apply to a month the plan has no row for', () => {
    expect(mixZero(contextFor({ phase: 'auditeurs.awareness', at: '2026-09-02 10:30' }))).toEqual([])
    expect(
      mixZero({
        ...contextFor({ phase: 'auditeurs.awareness', at: '2026-02-25 10:30' }),
        plan: { ...plan, mix: [] },
      }),
    ).toEqual([])
  })
})
