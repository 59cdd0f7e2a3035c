import { describe, expect, it } from 'vitest'

import { monthName } from './monthName.js'

describe('monthName', () => {
  it('names a month in French and English', () => {
    expect(monthName('2026-03', 'fr')).toBe('mars 2026')
    expect(monthName('2026-12', 'en')).toBe('December 2026')
  })
})
