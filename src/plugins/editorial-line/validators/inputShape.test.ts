import { describe, expect, it } from 'vitest'

import { isDateInput, isIdLike } from './inputShape.js'

describe('isIdLike', () => {
  it('takes positive integers, as numbers or digits, for numeric ids', () => {
    for (const value of [1, 42, '7', '123456'])
      expect(isIdLike({ value, idType: 'number' }), String(value)).toBe(true)
  })

  it.each([
    0,
    -1,
    1.5,
    NaN,
    Infinity,
    '0',
    '-1',
    '01',
    'abc',
    '',
    [],
    {},
    null,
    true,
    '9999999999999999',
    2147483648,
    '9007199254740991',
  ])('refuses %j as a numeric id', (value) => {
    expect(isIdLike({ value, idType: 'number' })).toBe(false)
  })

  it('takes non-empty strings for text ids', () => {
    expect(isIdLike({ value: '65f0c0ffee65f0c0ffee0000', idType: 'text' })).toBe(true)
    expect(isIdLike({ value: '', idType: 'text' })).toBe(false)
    expect(isIdLike({ value: 3, idType: 'text' })).toBe(false)
  })
})

describe('isDateInput', () => {
  it('takes ISO dates and valid Date objects', () => {
    expect(isDateInput('2027-01-05T08:00:00.000Z')).toBe(true)
    expect(isDateInput('2027-01-05')).toBe(true)
    expect(isDateInput(new Date())).toBe(true)
  })

  it.each([
    '',
    '   ',
    'not a date',
    '2027-13-45',
    '+275760-09-13T00:00:00.000Z',
    '-000001-01-01T00:00:00.000Z',
    42,
    {},
    [],
    null,
    new Date('x'),
    new Date(8.64e15),
  ])('refuses %j', (value) => {
    expect(isDateInput(value)).toBe(false)
  })
})
