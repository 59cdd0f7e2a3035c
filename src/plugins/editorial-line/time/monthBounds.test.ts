import { describe, expect, it } from 'vitest'

import { monthBounds } from './monthBounds.js'

describe('monthBounds', () => {
  it('cuts months at local midnight, across the DST change', () => {
    expect(monthBounds({ month: '2026-03', timezone: 'Europe/Paris' })).toEqual({
      start: '2026-02-28T23:00:00.000Z',
      end: '2026-03-31T22:00:00.000Z',
    })
    expect(monthBounds({ month: '2026-10', timezone: 'Europe/Paris' })).toEqual({
      start: '2026-09-30T22:00:00.000Z',
      end: '2026-10-31T23:00:00.000Z',
    })
  })

  it('rolls over the year', () => {
    expect(monthBounds({ month: '2026-12', timezone: 'UTC' })).toEqual({
      start: '2026-12-01T00:00:00.000Z',
      end: '2027-01-01T00:00:00.000Z',
    })
  })
})
