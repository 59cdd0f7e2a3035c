import { describe, expect, it } from 'vitest'

import type { ChannelFacts } from './types.js'

import { defaultChannel } from './defaultChannel.js'

const channels: ChannelFacts[] = [
  { id: 1, name: 'LinkedIn', slug: 'linkedin', active: true },
  { id: 2, name: 'Newsletter', slug: 'newsletter', active: true },
]

describe('defaultChannel', () => {
  it('is the first channel the phase allows, else the target’s, else the first active', () => {
    expect(defaultChannel({ channels, phase: { channels: [2] }, target: { channels: [1] } })?.slug).toBe('newsletter')
    expect(defaultChannel({ channels, phase: { channels: [] }, target: { channels: [2] } })?.slug).toBe('newsletter')
    expect(defaultChannel({ channels, phase: null, target: null })?.slug).toBe('linkedin')
  })
  it('is the first active channel when the phase names only inactive ones, and null without any', () => {
    const withRetired = [{ ...channels[0], active: false }, channels[1]]
    expect(defaultChannel({ channels: withRetired, phase: { channels: [1] } })?.slug).toBe('newsletter')
    expect(defaultChannel({ channels: [] })).toBeNull()
  })
})
