import { describe, expect, it } from 'vitest'

import { phaseBelongsToTarget } from './phaseBelongsToTarget.js'
import { contextFor, phases, targets } from './testing/fixtures.js'

describe('phaseBelongsToTarget', () => {
  it('accepts a phase of the target', () => {
    expect(phaseBelongsToTarget(contextFor({ phase: 'of.awareness', at: '2026-01-06 09:00' }))).toEqual([])
  })

  it('refuses a phase of another target, on the phase field', () => {
    const context = contextFor({ phase: 'of.awareness', at: '2026-01-06 09:00' })
    expect(phaseBelongsToTarget({ ...context, phase: phases['coachs.awareness'] })).toEqual([
      {
        path: 'phase',
        message: { key: 'phaseNotOfTarget', vars: { phase: 'Coachs — Awareness', target: targets.of.name } },
      },
    ])
  })

  it('leaves missing documents to the completeness rule', () => {
    const context = contextFor({ phase: 'of.awareness', at: '2026-01-06 09:00' })
    expect(phaseBelongsToTarget({ ...context, phase: null })).toEqual([])
    expect(phaseBelongsToTarget({ ...context, target: null })).toEqual([])
  })
})
