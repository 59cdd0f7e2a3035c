import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { cutText } from './cutText.js'

describe('cutText', () => {
  it('shows a short text whole', () => {
    expect(cutText({ text: '  Bonjour à tous.  ' })).toEqual({ shown: 'Bonjour à tous.', cut: false })
  })

  it('cuts a long text at the last word before about 210 characters', () => {
    const text = `${'mot '.repeat(60)}fin`
    const { shown, cut } = cutText({ text })
    expect(cut).toBe(true)
    expect(shown.length).toBeLessThanOrEqual(210)
    expect(shown.endsWith('mot')).toBe(true)
    expect(text.startsWith(shown)).toBe(true)
  })

  it('cuts after three lines however short', () => {
    expect(cutText({ text: 'un\ndeux\ntrois\nquatre' })).toEqual({ shown: 'un\ndeux\ntrois', cut: true })
    expect(cutText({ text: 'un\ndeux\ntrois' })).toEqual({ shown: 'un\ndeux\ntrois', cut: false })
  })

  it('never splits an emoji, and cuts one long word where it must', () => {
    const { shown } = cutText({ text: '🙂'.repeat(300) })
    expect(Array.from(shown)).toHaveLength(210)
    expect(shown).toBe('🙂'.repeat(210))
  })

  it('always shows a beginning of the text, cut exactly when something is hidden (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (text) => {
        const { shown, cut } = cutText({ text })
        expect(text.trim().startsWith(shown)).toBe(true)
        expect(Array.from(shown).length).toBeLessThanOrEqual(210)
        expect(cut).toBe(shown !== text.trim())
      }),
    )
  })
})
