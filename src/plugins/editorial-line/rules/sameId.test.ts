import { describe, expect, it } from 'vitest'

import { sameId } from './sameId.js'

describe('sameId', () => {
  it('matches numbers and strings of the same id, never missing ones', () => {
    expect(sameId(3, '3')).toBe(true)
    expect(sameId('65f0', '65f0')).toBe(true)
    expect(sameId(3, 4)).toBe(false)
    expect(sameId(null, null)).toBe(false)
    expect(sameId(undefined, 3)).toBe(false)
  })
})
