import { describe, expect, it } from 'vitest'

import { isSlug } from './slug.js'

describe('isSlug', () => {
  it.each(['of', 'coachs', 'short-video', 'cible-2'])('accepts %s', (value) => {
    expect(isSlug(value)).toBe(true)
  })

  it.each(['OF', 'ministères', 'a--b', '-of', 'of-', 'with space', '', null])('refuses %j', (value) => {
    expect(isSlug(value)).toBe(false)
  })
})
