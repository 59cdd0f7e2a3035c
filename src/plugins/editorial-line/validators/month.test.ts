import { describe, expect, it } from 'vitest'

import { isMonth } from './month.js'

describe('isMonth', () => {
  it.each(['2026-01', '2026-12', '1999-06'])('accepts %s', (value) => {
    expect(isMonth(value)).toBe(true)
  })

  it.each(['2026-13', '2026-00', '2026-1', '26-01', '2026/01', '2026-01-01', '', 42, null])(
    'refuses %j',
    (value) => {
      expect(isMonth(value)).toBe(false)
    },
  )
})
