import { describe, expect, it } from 'vitest'

import { metricsChanged } from './metricsChanged.js'

describe('metricsChanged', () => {
  it('sees no write when the group is absent or sent back as stored', () => {
    expect(metricsChanged({ before: { impressions: 10 }, sent: undefined })).toBe(false)
    expect(
      metricsChanged({
        before: { impressions: 10, reactions: null, measuredAt: '2026-01-01T00:00:00.000Z' },
        sent: { impressions: 10, reactions: null, measuredAt: '2027-01-01T00:00:00.000Z' },
      }),
    ).toBe(false)
    expect(metricsChanged({ before: null, sent: { impressions: null, clicks: '' } })).toBe(false)
    expect(metricsChanged({ before: undefined, sent: {} })).toBe(false)
    expect(metricsChanged({ before: { impressions: 10 }, sent: null })).toBe(false)
  })

  it('sees a write when a count changes, appears or is cleared', () => {
    expect(metricsChanged({ before: { impressions: 10 }, sent: { impressions: 11 } })).toBe(true)
    expect(metricsChanged({ before: null, sent: { clicks: 0 } })).toBe(true)
    expect(metricsChanged({ before: { shares: 3 }, sent: { shares: null } })).toBe(true)
  })

  it('counts a group that is not an object as a write (validation then refuses it)', () => {
    expect(metricsChanged({ before: null, sent: 5 })).toBe(true)
    expect(metricsChanged({ before: null, sent: [] })).toBe(true)
  })
})
