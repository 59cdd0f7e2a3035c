import { describe, expect, it } from 'vitest'

import { dueDeadlines } from './dueDeadlines.js'

const now = new Date('2027-01-05T08:00:00.000Z')
const due = (status: 'approved' | 'draft' | 'in_review' | 'published', publishAt: null | string) =>
  dueDeadlines({ posts: [{ id: 1, status, publishAt }], now, reminderHours: 24, overdueHours: 2 })

describe('dueDeadlines', () => {
  it('reminds the reviewers of a post in review whose slot is within 24 hours, not earlier', () => {
    expect(due('in_review', '2027-01-06T08:00:00.000Z')).toEqual([
      { post: 1, kind: 'reminder', slot: '2027-01-06T08:00:00.000Z' },
    ])
    expect(due('in_review', '2027-01-06T08:00:01.000Z')).toEqual([])
  })

  it('sends back a post still in review once its slot has come', () => {
    expect(due('in_review', '2027-01-05T08:00:00.000Z')).toEqual([
      { post: 1, kind: 'slotPassed', slot: '2027-01-05T08:00:00.000Z' },
    ])
  })

  it('warns of an approved post not published 2 hours after its slot, not before', () => {
    expect(due('approved', '2027-01-05T06:00:00.000Z')).toEqual([
      { post: 1, kind: 'overdue', slot: '2027-01-05T06:00:00.000Z' },
    ])
    expect(due('approved', '2027-01-05T06:00:01.000Z')).toEqual([])
  })

  it('leaves drafts, published posts and posts without a slot alone', () => {
    expect(due('draft', '2027-01-05T07:00:00.000Z')).toEqual([])
    expect(due('published', '2027-01-01T07:00:00.000Z')).toEqual([])
    expect(due('in_review', null)).toEqual([])
  })
})
