import { describe, expect, it } from 'vitest'

import { contextFor, plan, targets } from './testing/fixtures.js'
import { targetGate } from './targetGate.js'

describe('targetGate', () => {
  it('refuses Auditeurs in campaign month 2 and allows them in month 3', () => {
    // Wednesdays 25 February and 4 March 2026, 10:30
    expect(targetGate(contextFor({ phase: 'auditeurs.awareness', at: '2026-02-25 10:30' }))).toEqual([
      {
        path: 'publishAt',
        message: {
          key: 'gateMonth',
          vars: { target: 'Auditeurs', from: 3, month: 2, date: '25/02/2026 10:30' },
        },
      },
    ])
    expect(targetGate(contextFor({ phase: 'auditeurs.awareness', at: '2026-03-04 10:30' }))).toEqual([])
  })

  it('cuts campaign months in the plan timezone (23:30 on 28 February is still month 2)', () => {
    expect(targetGate(contextFor({ phase: 'auditeurs.awareness', at: '2026-02-28 23:30' }))).toHaveLength(1)
    expect(targetGate(contextFor({ phase: 'auditeurs.awareness', at: '2026-03-01 00:00' }))).toEqual([])
  })

  it('refuses Certificateurs until their prerequisite is marked met', () => {
    const context = contextFor({ phase: 'certificateurs.awareness', at: '2026-05-06 10:00' })
    expect(targetGate(context)).toEqual([
      {
        path: 'target',
        message: {
          key: 'gatePrerequisite',
          vars: { target: 'Certificateurs', prerequisite: 'Premiers retours auditeurs positifs' },
        },
      },
    ])
    const met = { ...targets.certificateurs, gate: { ...targets.certificateurs.gate, prerequisiteMet: true } }
    expect(targetGate({ ...context, target: met })).toEqual([])
    expect(
      targetGate({
        ...contextFor({ phase: 'certificateurs.awareness', at: '2026-04-08 10:00' }),
        target: met,
      }),
    ).toHaveLength(1)
  })

  it('refuses Ministères at 100 active clients and allows them at 101', () => {
    const context = {
      ...contextFor({ phase: 'of.decision', at: '2026-06-10 10:00' }),
      target: targets.ministeres,
    }
    expect(targetGate({ ...context, plan: { ...plan, activeClients: 100 } })).toEqual([
      {
        path: 'target',
        message: { key: 'gateActiveClients', vars: { target: 'Ministères', threshold: 100, count: 100 } },
      },
    ])
    expect(targetGate({ ...context, plan: { ...plan, activeClients: 101 } })).toEqual([])
  })

  it('has nothing to say about targets without a gate', () => {
    expect(targetGate(contextFor({ phase: 'of.awareness', at: '2026-01-06 09:00' }))).toEqual([])
  })
})
