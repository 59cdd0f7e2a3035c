import { describe, expect, it } from 'vitest'

import { CHANNEL_TONES, channelTone } from './channelTone.js'

const channels = Array.from({ length: CHANNEL_TONES + 1 }, (_, index) => ({ slug: `c${index}` }))

describe('channelTone', () => {
  it('gives each channel its place in the line, cycling through the palette', () => {
    expect(channelTone({ channels, slug: 'c0' })).toBe('0')
    expect(channelTone({ channels, slug: 'c1' })).toBe('1')
    expect(channelTone({ channels, slug: `c${CHANNEL_TONES}` })).toBe('0')
  })

  it('is neutral for no channel or one the line does not list', () => {
    expect(channelTone({ channels })).toBe('none')
    expect(channelTone({ channels, slug: 'radio' })).toBe('none')
  })
})
