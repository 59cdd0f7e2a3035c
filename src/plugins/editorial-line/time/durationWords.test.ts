import { describe, expect, it } from 'vitest'

import { durationWords } from './durationWords.js'

describe('durationWords', () => {
  it('names seconds under a minute with one decimal in the language', () => {
    expect(durationWords({ seconds: 3, language: 'fr' })).toBe('3 s')
    expect(durationWords({ seconds: 2.5, language: 'fr' })).toBe('2,5 s')
    expect(durationWords({ seconds: 2.54, language: 'en' })).toBe('2.5 s')
  })

  it('names minutes and hours, leaving out the units that are zero', () => {
    expect(durationWords({ seconds: 600, language: 'fr' })).toBe('10 min')
    expect(durationWords({ seconds: 90, language: 'fr' })).toBe('1 min 30 s')
    expect(durationWords({ seconds: 3900, language: 'en' })).toBe('1 h 5 min')
    expect(durationWords({ seconds: 3601, language: 'en' })).toBe('1 h 1 s')
  })
})
