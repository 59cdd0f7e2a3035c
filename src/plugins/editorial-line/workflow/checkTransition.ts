import type { PostStatus, Role } from '../constants.js'

import { findTransition, TRANSITIONS } from './transitions.js'

export type TransitionRefusal =
  /** No such transition: `allowed` lists where the post can go from here. */
  | { reason: 'unknown'; allowed: PostStatus[] }
  /** The user holds none of the roles that may make it. */
  | { reason: 'role'; roles: readonly Role[] }
  /** The author may not review their own post. */
  | { reason: 'fourEyes' }
  /** A comment must say what to change. */
  | { reason: 'comment' }
  /** A published post went out: it no longer changes. */
  | { reason: 'published' }
  /** A publisher only marks approved posts published. */
  | { reason: 'publisherOnly' }

/** Whether a user may make a save: `null` when allowed, otherwise why not. */
export const checkTransition = ({
  from,
  to,
  revision,
  edited,
  roles,
  isAuthor,
  comment,
}: {
  from: PostStatus
  to: PostStatus
  /** The save opens a revision of an approved post. */
  revision: boolean
  /** The save changes the post's content or date. */
  edited: boolean
  roles: readonly Role[]
  isAuthor: boolean
  comment: null | string | undefined
}): null | TransitionRefusal => {
  const writer = roles.some((role) => role === 'editor' || role === 'approver' || role === 'admin')
  if (!writer && (edited || to !== 'published')) return { reason: 'publisherOnly' }
  if (from === 'published' && (edited || to !== from)) return { reason: 'published' }
  if (revision || from === to) return null

  const transition = findTransition({ from, to })
  if (!transition) {
    return {
      reason: 'unknown',
      allowed: TRANSITIONS.filter((candidate) => candidate.from === from).map((candidate) => candidate.to),
    }
  }
  if (!roles.some((role) => transition.roles.includes(role)))
    return { reason: 'role', roles: transition.roles }
  if (transition.fourEyes && isAuthor) return { reason: 'fourEyes' }
  if (transition.comment && !comment?.trim()) return { reason: 'comment' }
  return null
}
