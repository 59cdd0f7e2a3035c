import { describe, expect, it } from 'vitest'

import type { ChannelFacts, RuleContext } from './types.js'

import { channelAllowed } from './channelAllowed.js'
import { channelLength } from './channelLength.js'
import { formatOnChannel } from './formatOnChannel.js'
import { frequencyCap } from './frequencyCap.js'
import { timingWindow } from './timingWindow.js'
import { paris, phases, plan, targets } from './testing/fixtures.js'

const linkedin: ChannelFacts = { id: 'linkedin', name: 'LinkedIn', slug: 'linkedin', active: true, maxLength: 3000 }
const newsletter: ChannelFacts = {
  id: 'newsletter',
  name: 'Newsletter',
  slug: 'newsletter',
  active: true,
  formats: ['text', 'case-study'],
  timing: { days: ['tue'], start: '07:00', end: '08:00' },
  maxPostsPerMonth: 1,
}
const retired: ChannelFacts = { id: 'blog', name: 'Blog', slug: 'blog', active: false }
const channels = [linkedin, newsletter, retired]

const context = ({
  channel = linkedin,
  post = {},
  phase = { ...phases['of.retention'], channels: ['linkedin', 'newsletter'] },
  channelInMonth = 0,
}: {
  channel?: ChannelFacts
  post?: RuleContext['post']
  phase?: RuleContext['phase']
  channelInMonth?: number
} = {}): RuleContext => ({
  post: { channel: channel.id, format: 'text', publishAt: paris('2027-05-04 08:45'), status: 'in_review', ...post },
  target: targets.of,
  phase,
  channel,
  channels,
  plan,
  counts: { phaseInMonth: 0, committedInMonth: 0, groupCommittedInMonth: 0, channelInMonth },
  now: new Date('2027-01-01T00:00:00Z'),
  submitting: true,
})

describe('channelAllowed', () => {
  it('passes a channel the phase names', () => {
    expect(channelAllowed(context({ channel: newsletter }))).toEqual([])
  })
  it('refuses one the phase does not name, on channel, naming those it takes', () => {
    const [problem] = channelAllowed(context({ channel: newsletter, phase: { ...phases['of.awareness'], channels: ['linkedin'] } }))
    expect(problem).toMatchObject({ path: 'channel', message: { key: 'channelNotAllowed' } })
    expect(problem.message.vars?.channels).toBe('« LinkedIn »')
  })
  it('falls back on the target’s channels when the phase names none', () => {
    const phase = { ...phases['of.awareness'], channels: [] }
    expect(channelAllowed({ ...context({ channel: newsletter, phase }), target: { ...targets.of, channels: ['linkedin'] } })).toHaveLength(1)
    expect(channelAllowed(context({ channel: newsletter, phase }))).toEqual([])
  })
  it('refuses an inactive channel', () => {
    expect(channelAllowed(context({ channel: retired }))[0].message.key).toBe('channelInactive')
  })
})

describe('formatOnChannel', () => {
  it('refuses a format the channel does not take, on format', () => {
    expect(formatOnChannel(context({ channel: newsletter, post: { format: 'carousel' } }))).toEqual([
      {
        path: 'format',
        message: { key: 'formatNotOnChannel', vars: { channel: 'Newsletter', format: 'carousel', formats: ['text', 'case-study'] } },
      },
    ])
  })
  it('passes a format it takes, and any format on a channel that names none', () => {
    expect(formatOnChannel(context({ channel: newsletter, post: { format: 'case-study' } }))).toEqual([])
    expect(formatOnChannel(context({ post: { format: 'carousel' } }))).toEqual([])
  })
})

describe('channelLength', () => {
  it('takes 3,000 characters on LinkedIn and refuses 3,001, on body', () => {
    expect(channelLength(context({ post: { bodyText: 'a'.repeat(3000) } }))).toEqual([])
    expect(channelLength(context({ post: { bodyText: 'a'.repeat(3001) } }))).toEqual([
      { path: 'body', message: { key: 'channelTooLong', vars: { channel: 'LinkedIn', max: 3000, length: 3001 } } },
    ])
  })
  it('counts an emoji once', () => {
    expect(channelLength(context({ post: { bodyText: '🙂'.repeat(3000) } }))).toEqual([])
  })
  it('has nothing to say without a limit', () => {
    expect(channelLength(context({ channel: newsletter, post: { bodyText: 'a'.repeat(10_000) } }))).toEqual([])
  })
})

describe('a channel with its own slot', () => {
  it('replaces the target’s window for its posts', () => {
    // OF retention: Tuesday and Thursday 08:30–09:30; the newsletter: Tuesday 07:00–08:00.
    expect(timingWindow(context({ channel: newsletter, post: { publishAt: paris('2027-05-04 07:30') } }))).toEqual([])
    expect(timingWindow(context({ channel: newsletter, post: { publishAt: paris('2027-05-04 08:45') } }))).toHaveLength(1)
    expect(timingWindow(context({ post: { publishAt: paris('2027-05-04 08:45') } }))).toEqual([])
  })
  it('caps its posts a month', () => {
    expect(frequencyCap(context({ channel: newsletter, post: { publishAt: paris('2027-05-04 07:30') } }))).toEqual([])
    const [problem] = frequencyCap(
      context({ channel: newsletter, channelInMonth: 1, post: { publishAt: paris('2027-05-04 07:30') } }),
    )
    expect(problem).toMatchObject({ path: 'publishAt', message: { key: 'channelFrequencyCap', vars: { max: 1, count: 1 } } })
  })
})
