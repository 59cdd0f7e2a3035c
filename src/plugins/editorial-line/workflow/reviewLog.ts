import type { PostStatus } from '../constants.js'
import type { SavePlan } from './planSave.js'

export type ReviewLogEntry = {
  from: PostStatus
  to: PostStatus
  by: null | number | string
  at: string
  comment: null | string
}

/**
 * The review log after a save: one entry more when the save changes the status, the log as it was
 * otherwise. Only the server writes it, from the planned transition, whoever asked and when.
 */
export const nextReviewLog = ({
  before,
  plan,
  by,
  at,
  comment,
}: {
  before: ReviewLogEntry[]
  plan: Pick<SavePlan, 'from' | 'to'>
  by: ReviewLogEntry['by']
  at: Date
  comment: null | string
}): ReviewLogEntry[] =>
  plan.from === plan.to
    ? before
    : [...before, { from: plan.from, to: plan.to, by, at: at.toISOString(), comment }]
