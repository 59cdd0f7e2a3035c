import { describe, expect, it } from 'vitest'

import { calendarQuery } from './calendarQuery.js'

const now = new Date('2026-11-26T10:00:00.000Z')
const read = (query: Record<string, unknown>) =>
  calendarQuery({ query, timezone: 'Europe/Paris', now, channels: ['linkedin', 'newsletter'] })

describe('calendarQuery', () => {
  it('starts 90 days back without an end by default', () => {
    expect(read({})).toEqual({
      from: new Date('2026-08-28T10:00:00.000Z'),
      to: undefined,
      target: undefined,
      channel: undefined,
    })
    expect(read({ from: '', to: '', target: '', channel: '' })).toMatchObject({ target: undefined })
  })

  it('takes a window, a target and a channel', () => {
    expect(read({ from: '2026-03-01', to: '2026-03-31', target: ' of ', channel: 'newsletter' })).toEqual({
      from: new Date('2026-02-28T23:00:00.000Z'),
      to: { at: new Date('2026-03-31T22:00:00.000Z'), inclusive: false },
      target: 'of',
      channel: 'newsletter',
    })
    expect(read({ from: '2026-03-01T08:00:00Z', to: '2026-03-01T08:00:00Z' })).toMatchObject({
      to: { at: new Date('2026-03-01T08:00:00Z'), inclusive: true },
    })
    expect(read({ from: '2026-03-01', to: '2026-03-01' })).toMatchObject({ to: { inclusive: false } })
  })

  it('names what is wrong', () => {
    expect(read({ from: 'hier' })).toEqual({ problem: 'badDate', param: 'from' })
    expect(read({ to: '2026-02-30' })).toEqual({ problem: 'badDate', param: 'to' })
    expect(read({ from: '2026-03-02', to: '2026-03-01' })).toEqual({ problem: 'badRange' })
    expect(read({ from: '2026-03-01T10:00:00Z', to: '2026-03-01T09:59:59Z' })).toEqual({
      problem: 'badRange',
    })
    expect(read({ channel: 'tiktok' })).toEqual({
      problem: 'unknownChannel',
      channel: 'tiktok',
      channels: 'linkedin, newsletter',
    })
    expect(read({ target: ['of', 'coachs'] })).toEqual({ problem: 'badParameter', param: 'target' })
    expect(read({ from: { gt: '2026-01-01' } })).toEqual({ problem: 'badParameter', param: 'from' })
  })
})
