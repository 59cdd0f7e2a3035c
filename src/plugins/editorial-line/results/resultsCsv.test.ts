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
  it('writes no cell a spreadsheet would run as a formula, and keeps negative numbers as numbers', () => {
    const group = {
      posts: 1,
      impressions: 100,
      engagementRate: 0.01,
      medianEngagementRate: null,
      clickRate: null,
    }
    const csv = resultsCsv({
      from: '2026-01',
      to: '2026-06',
      groupBy: 'target',
      groups: [
        { key: '1', label: '=HYPERLINK("http://x","x")', ...group },
        { key: '2', label: '+33 1 23', ...group },
        { key: '3', label: '-12 %', ...group },
        { key: '4', label: '@SUM(A1)', ...group },
        { key: '5', label: '\tTab', ...group },
        { key: '6', label: '\rReturn', ...group },
        { key: '7', label: 'Plain', ...group, impressions: -12 },
      ],
    })
    const rows = csv.trimEnd().split('\n').slice(1)
    expect(rows).toEqual([
      `1,"'=HYPERLINK(""http://x"",""x"")",1,100,0.01,,`,
      "2,'+33 1 23,1,100,0.01,,",
      "3,'-12 %,1,100,0.01,,",
      "4,'@SUM(A1),1,100,0.01,,",
      "5,'\tTab,1,100,0.01,,",
      '6,"\'\rReturn",1,100,0.01,,',
      '7,Plain,1,-12,0.01,,',
    ])
  })
})
