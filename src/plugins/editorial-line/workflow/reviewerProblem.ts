import type { PostStatus, Role } from '../constants.js'

import { REVIEWER_ROLES } from '../constants.js'

export type ReviewerProblem =
  /** The person named does not review posts (neither approver nor admin). */
  | 'notReviewer'
  /** The author may not review their own post (four-eyes). */
  | 'author'
  /** Who saves may not name the reviewer now: approvers always, the author only while writing. */
  | 'notAllowed'

/** Where the author still writes the post, or sends it to review. */
const WRITING: readonly PostStatus[] = ['draft', 'changes_requested']

const same = (a: null | number | string, b: null | number | string) =>
  a !== null && b !== null && String(a) === String(b)

/**
 * Whether a save may leave `reviewer` as it does: `null` when it may. Unchanged, a reviewer stays
 * (only the author becoming it, through a copy, is refused); changed, the new one must review posts
 * and not be the author, and the change comes from an approver or admin, or from the author while
 * writing or sending to review. Trusted saves (server code) skip who-may, not what-is-valid.
 */
export const reviewerProblem = ({
  reviewer,
  before,
  reviewerRoles,
  author,
  from,
  trusted,
  actor,
  actorRoles,
}: {
  reviewer: null | number | string
  before: null | number | string
  /** The named reviewer's roles (empty when there is none). */
  reviewerRoles: readonly Role[]
  author: null | number | string
  /** The post's status before the save. */
  from: PostStatus
  trusted: boolean
  actor: null | number | string
  actorRoles: readonly Role[]
}): null | ReviewerProblem => {
  const changed = String(reviewer ?? '') !== String(before ?? '')
  if (reviewer !== null && same(reviewer, author)) return 'author'
  if (!changed) return null
  if (reviewer !== null && !reviewerRoles.some((role) => REVIEWER_ROLES.includes(role as never)))
    return 'notReviewer'
  if (trusted) return null
  if (actorRoles.some((role) => REVIEWER_ROLES.includes(role as never))) return null
  // A new post has no author yet: its writer is.
  const isAuthor = author === null || same(actor, author)
  return isAuthor && WRITING.includes(from) ? null : 'notAllowed'
}
