import { describe, expect, it } from 'vitest'

import { placePosts } from './placePosts.js'

const timezone = 'Europe/Paris'

describe('placePosts', () => {
  it('puts each post on its local day and hour, winter and summer time', () => {
    const posts = [
      { id: 1, publishAt: '2026-03-10T07:45:00.000Z' }, // 08:45 CET
      { id: 2, publishAt: '2026-03-31T06:45:00.000Z' }, // 08:45 CEST
      { id: 3, publishAt: '2026-03-31T22:30:00.000Z' }, // 00:30 on 1 April
    ]
    expect(placePosts({ posts, timezone })).toEqual({
      '2026-03-10': [{ post: posts[0], day: '2026-03-10', minutes: 525, time: '08:45' }],
      '2026-03-31': [{ post: posts[1], day: '2026-03-31', minutes: 525, time: '08:45' }],
      '2026-04-01': [{ post: posts[2], day: '2026-04-01', minutes: 30, time: '00:30' }],
    })
  })

  it('orders a day by time and leaves out posts without a readable date', () => {
    const posts = [
      { id: 1, publishAt: '2026-03-10T13:00:00.000Z' },
      { id: 2, publishAt: null },
      { id: 3, publishAt: '2026-03-10T07:45:00.000Z' },
      { id: 4, publishAt: 'soon' },
      { id: 5 },
    ]
    const placed = placePosts({ posts, timezone })
    expect(Object.keys(placed)).toEqual(['2026-03-10'])
    expect(placed['2026-03-10'].map(({ post, time }) => [post.id, time])).toEqual([
      [3, '08:45'],
      [1, '14:00'],
    ])
  })
})
