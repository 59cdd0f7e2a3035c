import { describe, expect, it } from 'vitest'

import { completeness } from './completeness.js'
import { contextFor } from './testing/fixtures.js'

describe('completeness', () => {
  it('finds nothing missing on a complete post', () => {
    expect(completeness(contextFor({ phase: 'of.awareness', at: '2026-01-06 09:00' }))).toEqual([])
  })

  it('names each missing control point, with its field', () => {
    expect(
      completeness({ ...contextFor({ phase: 'of.awareness', at: '2026-01-06 09:00' }), post: {} }),
    ).toEqual([
      { path: 'target', message: { key: 'missingTarget' } },
      { path: 'phase', message: { key: 'missingPhase' } },
      { path: 'message', message: { key: 'missingMessage' } },
      { path: 'format', message: { key: 'missingFormat' } },
      { path: 'publishAt', message: { key: 'missingPublishAt' } },
    ])
  })

  it('counts null and empty values as missing', () => {
    const context = contextFor({ phase: 'of.awareness', at: '2026-01-06 09:00' })
    const post = { ...context.post, format: null, publishAt: '' }
    expect(completeness({ ...context, post }).map((problem) => problem.path)).toEqual(['format', 'publishAt'])
  })
})
