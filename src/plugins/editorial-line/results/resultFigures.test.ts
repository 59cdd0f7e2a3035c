import { describe, expect, it } from 'vitest'

import { resultFigures } from './resultFigures.js'

describe('resultFigures', () => {
  it('divides by the group’s impressions and rounds to 4 decimals', () => {
    expect(
      resultFigures({
        posts: 3,
        impressions: 3000,
        engagements: 100,
        clicks: 45,
        medianEngagementRate: 0.0312345,
      }),
    ).toEqual({
      posts: 3,
      impressions: 3000,
      engagementRate: 0.0333,
      medianEngagementRate: 0.0312,
      clickRate: 0.015,
    })
  })

  it('has no rate without impressions', () => {
    expect(
      resultFigures({ posts: 1, impressions: 0, engagements: 0, clicks: 0, medianEngagementRate: null }),
    ).toEqual({ posts: 1, impressions: 0, engagementRate: null, medianEngagementRate: null, clickRate: null })
  })
})
