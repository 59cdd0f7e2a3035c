import { describe, expect, it } from 'vitest'

import { campaignMonth } from './campaignMonth.js'

describe('campaignMonth', () => {
  it('counts from the start month as month 1', () => {
    expect(campaignMonth({ month: '2026-01', startMonth: '2026-01' })).toBe(1)
    expect(campaignMonth({ month: '2026-03', startMonth: '2026-01' })).toBe(3)
    expect(campaignMonth({ month: '2027-02', startMonth: '2026-11' })).toBe(4)
  })

  it('gives 0 or less before the start', () => {
    expect(campaignMonth({ month: '2025-12', startMonth: '2026-01' })).toBe(0)
  })
})
