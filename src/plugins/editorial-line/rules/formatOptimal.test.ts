import { describe, expect, it } from 'vitest'

import { formatOptimal } from './formatOptimal.js'
import { contextFor } from './testing/fixtures.js'

describe('formatOptimal', () => {
  it('accepts a format the phase lists', () => {
    expect(
      formatOptimal(contextFor({ phase: 'of.awareness', at: '2026-01-06 09:00', format: 'carousel' })),
    ).toEqual([])
  })

  it('flags another format, saying which ones fit', () => {
    expect(
      formatOptimal(contextFor({ phase: 'of.awareness', at: '2026-01-06 09:00', format: 'interview' })),
    ).toEqual([
      {
        path: 'format',
        message: {
          key: 'formatNotOptimal',
          vars: { format: 'interview', formats: ['text', 'carousel'], phase: 'OF — Awareness' },
        },
      },
    ])
  })

  it('accepts any format when the phase lists none (Coachs awareness)', () => {
    expect(
      formatOptimal(contextFor({ phase: 'coachs.awareness', at: '2026-01-17 10:00', format: 'interview' })),
    ).toEqual([])
  })
})
