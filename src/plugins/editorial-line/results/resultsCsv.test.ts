import { describe, expect, it } from 'vitest'

import { resultsCsv } from './resultsCsv.js'

describe('resultsCsv', () => {
  it('writes a header and one row per group, quoting what needs it', () => {
    const csv = resultsCsv({
      from: '2026-01',
      to: '2026-06',
      groupBy: 'message',
      groups: [
        {
          key: '7',
          label: 'Qualiopi, "40 heures", enfin',
          posts: 2,
          impressions: 3000,
          engagementRate: 0.0333,
          medianEngagementRate: 0.03,
          clickRate: null,
        },
      ],
    })
    expect(csv.split('\n')[0]).toBe(
      'key,label,posts,impressions,engagementRate,medianEngagementRate,clickRate',
    )
    expect(csv.split('\n')[1]).toBe('7,"Qualiopi, ""40 heures"", enfin",2,3000,0.0333,0.03,')
  })
})
