import { describe, expect, it } from 'vitest'

import type { ChannelFacts } from './types.js'

import { allowedChannels } from './allowedChannels.js'

const channels: ChannelFacts[] = [
  { id: 1, name: 'LinkedIn', slug: 'linkedin', active: true },
  { id: 2, name: 'Newsletter', slug: 'newsletter', active: true },
  { id: 3, name: 'Old blog', slug: 'blog', active: false },
]
const slugs = (list: ChannelFacts[]) => list.map((channel) => channel.slug)

describe('allowedChannels', () => {
  it('takes the phase’s channels first, in the line’s order', () => {
    expect(slugs(allowedChannels({ channels, target: { channels: [1] }, phase: { channels: [2, 1] } }))).toEqual(
      ['linkedin', 'newsletter'],
    )
  })
  it('falls back on the target’s, then on every active channel', () => {
    expect(slugs(allowedChannels({ channels, target: { channels: ['2'] }, phase: { channels: [] } }))).toEqual([
      'newsletter',
    ])
    expect(slugs(allowedChannels({ channels, target: null, phase: null }))).toEqual(['linkedin', 'newsletter'])
  })
  it('leaves inactive channels out even when named', () => {
    expect(slugs(allowedChannels({ channels, phase: { channels: [3] } }))).toEqual([])
  })
})
