import { describe, expect, it } from 'vitest'

import { calendarQuery, parseIsoDate } from './calendarQuery.js'

const now = new Date('2026-11-26T10:00:00.000Z')
const read = (query: Record<string, unknown>) =>
  calendarQuery({ query, timezone: 'Europe/Paris', now, channels: ['linkedin', 'newsletter'] })
const iso = (value: string, endOfDay = false) =>
  parseIsoDate({ value, timezone: 'Europe/Paris', endOfDay })?.toISOString()

describe('parseIsoDate', () => {
  it('reads a date as midnight in the plan timezone, on either side of a clock change', () => {
    expect(iso('2026-03-29')).toBe('2026-03-28T23:00:00.000Z')
    expect(iso('2026-03-30')).toBe('2026-03-29T22:00:00.000Z')
    expect(iso('2026-03-29', true)).toBe('2026-03-29T22:00:00.000Z')
    expect(iso('2026-12-31', true)).toBe('2026-12-31T23:00:00.000Z')
  })

  it('reads a date-time with its offset, or without one on the plan’s clock', () => {
    expect(iso('2026-10-27T09:00:00Z')).toBe('2026-10-27T09:00:00.000Z')
    expect(iso('2026-10-27T09:00:00.5+02:00')).toBe('2026-10-27T07:00:00.500Z')
    expect(iso('2026-10-27T09:00-0530')).toBe('2026-10-27T14:30:00.000Z')
    expect(iso('2026-10-27T09:00')).toBe('2026-10-27T08:00:00.000Z')
    expect(iso('2026-07-01T09:00:00')).toBe('2026-07-01T07:00:00.000Z')
  })

  it('refuses what is not a real ISO date', () => {
    for (const value of [
      'zzz',
      '2026-02-30',
      '2026-13-01',
      '2026-1-5',
      '05/01/2026',
      '2026-01-05T24:00',
      '2026-01-05T10:60',
      '2026-01-05 10:00',
      '2026-01-05T10:00+25:00',
      '1767225600000',
      '',
    ]) {
      expect(iso(value), value).toBeUndefined()
    }
  })
})

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
