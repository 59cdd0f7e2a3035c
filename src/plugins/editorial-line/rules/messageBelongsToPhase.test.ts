import { describe, expect, it } from 'vitest'

import { messageBelongsToPhase } from './messageBelongsToPhase.js'
import { contextFor, messages } from './testing/fixtures.js'

describe('messageBelongsToPhase', () => {
  it('accepts an active message of the phase', () => {
    expect(messageBelongsToPhase(contextFor({ phase: 'of.advocacy', at: '2026-06-11 09:00' }))).toEqual([])
  })

  it('refuses a message of another phase', () => {
    const context = contextFor({ phase: 'of.awareness', at: '2026-01-06 09:00' })
    const [problem] = messageBelongsToPhase({ ...context, message: messages['of.decision.1'] })
    expect(problem).toMatchObject({ path: 'message', message: { key: 'messageNotOfPhase' } })
  })

  it('refuses a message still "to define" (Programme de parrainage)', () => {
    const context = contextFor({ phase: 'of.advocacy', at: '2026-06-11 09:00' })
    expect(messageBelongsToPhase({ ...context, message: messages['of.advocacy.3'] })).toEqual([
      {
        path: 'message',
        message: { key: 'messageStillToDefine', vars: { message: 'Programme de parrainage' } },
      },
    ])
  })
})
