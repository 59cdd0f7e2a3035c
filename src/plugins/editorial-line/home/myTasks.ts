import type { PostStatus } from '../constants.js'

const DAY_MS = 86_400_000

export type TaskPost = {
  id: number | string
  title: string
  status: PostStatus
  publishAt: null | string
  author: null | number | string
  reviewer: null | number | string
}

export type MyTasks = Record<'assigned' | 'waiting' | 'sentBack' | 'dueSoon', TaskPost[]>

const same = (a: unknown, b: unknown) => a !== null && a !== undefined && String(a) === String(b)

/**
 * "My tasks" on the home page: the posts in review named to me; those I may review (I review, I am not
 * the author, it is named to me or no one); my posts sent back (changes requested); and, of those I
 * may review, the ones whose slot comes within 24 hours (after that they go back to their author).
 */
export const myTasks = ({
  posts,
  user,
  reviews,
  now,
}: {
  posts: readonly TaskPost[]
  user: number | string
  /** Whether the user reviews (approver or admin). */
  reviews: boolean
  now: Date
}): MyTasks => {
  const inReview = posts.filter((post) => post.status === 'in_review')
  const waiting = reviews
    ? inReview.filter(
        (post) => !same(post.author, user) && (post.reviewer === null || same(post.reviewer, user)),
      )
    : []
  return {
    assigned: inReview.filter((post) => same(post.reviewer, user)),
    waiting,
    sentBack: posts.filter((post) => post.status === 'changes_requested' && same(post.author, user)),
    dueSoon: waiting.filter((post) => {
      const slot = post.publishAt ? Date.parse(post.publishAt) : Number.NaN
      return slot > now.getTime() && slot - now.getTime() <= DAY_MS
    }),
  }
}
