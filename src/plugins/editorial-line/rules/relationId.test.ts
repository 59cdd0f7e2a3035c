import { describe, expect, it } from 'vitest'

import { relationId } from './relationId.js'

describe('relationId', () => {
  it('reads ids and populated documents', () => {
    expect(relationId(4)).toBe(4)
    expect(relationId('65f0c0ffee')).toBe('65f0c0ffee')
    expect(relationId({ id: 9, name: 'OF' })).toBe(9)
  })

  it('gives null for anything else', () => {
    expect(relationId(null)).toBeNull()
    expect(relationId(undefined)).toBeNull()
    expect(relationId({ name: 'OF' })).toBeNull()
    expect(relationId({ id: { nested: true } })).toBeNull()
  })
})
