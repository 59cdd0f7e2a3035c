import { describe, expect, it } from 'vitest'

import { readFileSync } from 'node:fs'
import path from 'node:path'

import { GROUP_TONES, groupLabel, type MixGroupOption, groupTone } from './groups.js'

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

describe('groupTone', () => {
  it('gives groups their tone in their declared order, and anything else the neutral one', () => {
    expect(groupTone({ groups, value: 'alpha' })).toBe('0')
    expect(groupTone({ groups, value: 'beta' })).toBe('1')
    expect(groupTone({ groups, value: 'gamma' })).toBe('none')
  })

  it('goes round the palette when there are more groups than tones', () => {
    const many = Array.from({ length: GROUP_TONES + 1 }, (_, index) => ({
      value: `g${index}`,
      label: `G${index}`,
    }))
    expect(groupTone({ groups: many, value: `g${GROUP_TONES}` })).toBe('0')
    expect(groupTone({ groups: many, value: `g${GROUP_TONES - 1}` })).toBe(String(GROUP_TONES - 1))
  })

  it('finds a colour in the stylesheet for every tone', () => {
    const css = readFileSync(path.join(import.meta.dirname, '../admin/editorialLine.css'), 'utf8')
    for (const tone of [...Array.from({ length: GROUP_TONES }, (_, index) => String(index)), 'none'])
      expect(css, tone).toMatch(new RegExp(`\\.el-tone--${tone}\\s*\\{\\s*--el-group:\\s*#[0-9a-f]{6};`))
  })
})
