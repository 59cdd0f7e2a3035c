import { describe, expect, it } from 'vitest'

import { contrastRatio } from './contrastRatio.js'
import { STATUS_COLOURS } from './statusColours.js'

describe('contrastRatio', () => {
  it('measures black on white at 21 and a colour on itself at 1', () => {
    expect(contrastRatio({ foreground: '#000000', background: '#ffffff' })).toBeCloseTo(21)
    expect(contrastRatio({ foreground: '#ffffff', background: '#000000' })).toBeCloseTo(21)
    expect(contrastRatio({ foreground: '#1565c0', background: '#1565c0' })).toBe(1)
  })

  it('keeps every status badge readable (at least 4.5)', () => {
    for (const { text, background } of Object.values(STATUS_COLOURS))
      expect(contrastRatio({ foreground: text, background })).toBeGreaterThanOrEqual(4.5)
  })
})
