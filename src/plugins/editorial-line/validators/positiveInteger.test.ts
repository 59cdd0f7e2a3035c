import { describe, expect, it } from 'vitest'

import { isPositiveInteger } from './positiveInteger.js'

describe('isPositiveInteger', () => {
  it('takes whole numbers from 1 up', () => {
    expect([1, 3000].every((value) => isPositiveInteger(value))).toBe(true)
  })
  it('refuses zero, negatives, fractions and non-numbers', () => {
    expect([0, -1, 2.5, Number.NaN, '3000', null].some((value) => isPositiveInteger(value))).toBe(false)
  })
})
