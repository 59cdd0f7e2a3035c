import { describe, expect, it } from 'vitest'

import { GROUP_PALETTE, groupColour, groupLabel, type MixGroupOption, NO_GROUP_COLOUR } from './groups.js'

const groups: MixGroupOption[] = [
  { value: 'alpha', label: 'Alpha' },
  { value: 'beta', label: { fr: 'Bêta', en: 'Beta' } },
]

describe('groupLabel', () => {
  it('gives a single label in every language, and a per-language label in the language asked for', () => {
    expect(groupLabel({ groups, value: 'alpha', language: 'fr' })).toBe('Alpha')
    expect(groupLabel({ groups, value: 'beta', language: 'fr' })).toBe('Bêta')
    expect(groupLabel({ groups, value: 'beta', language: 'en' })).toBe('Beta')
    expect(groupLabel({ groups, value: 'beta', language: 'de' })).toBe('Beta')
  })

  it('falls back on the value for a group that is not declared', () => {
    expect(groupLabel({ groups, value: 'gamma', language: 'fr' })).toBe('gamma')
  })
})

describe('groupColour', () => {
  it('colours groups in their declared order, and anything else in grey', () => {
    expect(groupColour({ groups, value: 'alpha' })).toBe(GROUP_PALETTE[0])
    expect(groupColour({ groups, value: 'beta' })).toBe(GROUP_PALETTE[1])
    expect(groupColour({ groups, value: 'gamma' })).toBe(NO_GROUP_COLOUR)
  })

  it('goes round the palette when there are more groups than colours', () => {
    const many = Array.from({ length: GROUP_PALETTE.length + 1 }, (_, index) => ({
      value: `g${index}`,
      label: `G${index}`,
    }))
    expect(groupColour({ groups: many, value: `g${GROUP_PALETTE.length}` })).toBe(GROUP_PALETTE[0])
  })
})
