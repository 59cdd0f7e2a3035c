import { describe, expect, it } from 'vitest'

import { visibleHours } from './visibleHours.js'

describe('visibleHours', () => {
  it('shows 07:00 to 21:00 when every post fits', () => {
    expect(visibleHours({ minutes: [] })).toEqual({ from: 7, to: 21 })
    expect(visibleHours({ minutes: [7 * 60, 20 * 60 + 59] })).toEqual({ from: 7, to: 21 })
  })

  it('widens to the hour of an early or late post', () => {
    expect(visibleHours({ minutes: [30, 21 * 60] })).toEqual({ from: 0, to: 22 })
    expect(visibleHours({ minutes: [23 * 60 + 59] })).toEqual({ from: 7, to: 24 })
  })
})
