import type { PostStatus } from '../constants.js'

const HOUR_MS = 3_600_000

export type DeadlinePost = { id: number | string; status: PostStatus; publishAt: null | string }
export type Deadline = { post: number | string; kind: 'overdue' | 'reminder' | 'slotPassed'; slot: string }

/**
 * What the clock calls for: a post in review whose slot is within `reminderHours` reminds its
 * reviewers; one whose slot has come is sent back; an approved post `overdueHours` past its slot and
 * not reported published warns the admins. The slot is part of each deadline: a moved post gets new ones.
 */
export const dueDeadlines = ({
  posts,
  now,
  reminderHours,
  overdueHours,
}: {
  posts: readonly DeadlinePost[]
  now: Date
  reminderHours: number
  overdueHours: number
}): Deadline[] =>
  posts.flatMap((post): Deadline[] => {
    if (!post.publishAt) return []
    const slot = Date.parse(post.publishAt)
    if (Number.isNaN(slot)) return []
    const at = new Date(slot).toISOString()
    if (post.status === 'in_review') {
      if (slot <= now.getTime()) return [{ post: post.id, kind: 'slotPassed', slot: at }]
      if (slot - now.getTime() <= reminderHours * HOUR_MS)
        return [{ post: post.id, kind: 'reminder', slot: at }]
    }
    if (post.status === 'approved' && now.getTime() - slot >= overdueHours * HOUR_MS)
      return [{ post: post.id, kind: 'overdue', slot: at }]
    return []
  })
