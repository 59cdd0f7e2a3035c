/** What the database sums for one group of measured posts. */
export type GroupSums = {
  posts: number
  impressions: number
  /** Reactions + comments + shares. */
  engagements: number
  clicks: number
  /** Median of the posts' own engagement rates (posts with impressions), or null. */
  medianEngagementRate: null | number
}

export type ResultFigures = {
  posts: number
  impressions: number
  engagementRate: null | number
  medianEngagementRate: null | number
  clickRate: null | number
}

/** Rates as fractions rounded to 4 decimals (0.0375 = 3.75 %); `null` where there were no impressions. */
const rate = (part: number, whole: number) =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null

/** A group's figures from its sums: rates over the group's total impressions. */
export const resultFigures = (sums: GroupSums): ResultFigures => ({
  posts: sums.posts,
  impressions: sums.impressions,
  engagementRate: rate(sums.engagements, sums.impressions),
  medianEngagementRate:
    sums.medianEngagementRate === null ? null : Math.round(sums.medianEngagementRate * 10_000) / 10_000,
  clickRate: rate(sums.clicks, sums.impressions),
})
