import { describe, expect, it } from 'vitest'

import { myTasks, type TaskPost } from './myTasks.js'

const now = new Date('2027-01-04T12:00:00Z')
const post = (
  id: number,
  status: TaskPost['status'],
  author: number,
  reviewer: null | number = null,
  publishAt: null | string = '2027-02-01T09:00:00Z',
): TaskPost => ({ id, title: `Post ${id}`, status, author, reviewer, publishAt })

const posts = [
  post(1, 'in_review', 10, 20),
  post(2, 'in_review', 10),
  post(3, 'in_review', 10, 30),
  post(4, 'in_review', 20),
  post(5, 'changes_requested', 20),
  post(6, 'changes_requested', 10),
  post(7, 'in_review', 10, null, '2027-01-05T09:00:00Z'),
  post(8, 'in_review', 10, null, '2027-01-05T13:00:00Z'),
  post(9, 'in_review', 10, 30, '2027-01-05T09:00:00Z'),
  post(11, 'approved', 10, 20, '2027-01-05T09:00:00Z'),
]
const ids = (list: TaskPost[]) => list.map((item) => item.id)

describe('myTasks', () => {
  it('gives a reviewer what is named to them, what they may review (not theirs, not named to another), their posts sent back, and reviews due within 24 hours', () => {
    const tasks = myTasks({ posts, user: 20, reviews: true, now })
    expect(ids(tasks.assigned)).toEqual([1])
    expect(ids(tasks.waiting)).toEqual([1, 2, 7, 8])
    expect(ids(tasks.sentBack)).toEqual([5])
    expect(ids(tasks.dueSoon)).toEqual([7])
  })

  it('gives an editor only their posts sent back and what is named to them', () => {
    const tasks = myTasks({ posts, user: 10, reviews: false, now })
    expect(tasks).toMatchObject({ assigned: [], waiting: [], dueSoon: [] })
    expect(ids(tasks.sentBack)).toEqual([6])
  })
})
