import { describe, expect, it } from 'vitest'

import { type FormatOption, formatLabel } from './formats.js'

const formats: FormatOption[] = [
  { value: 'text', label: { fr: 'Texte', en: 'Text' } },
  { value: 'video', label: 'Video' },
  { value: 'poll', label: { de: 'Umfrage' } },
]

describe('formatLabel', () => {
  it('names a format in the language asked for, its single label, or the value it does not know', () => {
    expect(formatLabel({ formats, value: 'text', language: 'fr' })).toBe('Texte')
    expect(formatLabel({ formats, value: 'text', language: 'de' })).toBe('Text')
    expect(formatLabel({ formats, value: 'video', language: 'fr' })).toBe('Video')
    expect(formatLabel({ formats, value: 'poll', language: 'fr' })).toBe('Umfrage')
    expect(formatLabel({ formats, value: 'gone', language: 'fr' })).toBe('gone')
  })
})
