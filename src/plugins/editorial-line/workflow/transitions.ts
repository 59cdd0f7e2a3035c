import type { PostStatus, Role } from '../constants.js'

export type Transition = {
  from: PostStatus
  to: PostStatus
  /** Roles allowed to make it. */
  roles: readonly Role[]
  /** The post's own author may not make it, whatever their roles (four-eyes). */
  fourEyes?: boolean
  /** A review comment must come with it. */
  comment?: boolean
}

/** Every status change a post can go through, and who may make it. */
export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', to: 'in_review', roles: ['editor', 'approver', 'admin'] },
  { from: 'in_review', to: 'approved', roles: ['approver', 'admin'], fourEyes: true },
  { from: 'in_review', to: 'changes_requested', roles: ['approver', 'admin'], fourEyes: true, comment: true },
  { from: 'changes_requested', to: 'in_review', roles: ['editor', 'approver', 'admin'] },
  { from: 'approved', to: 'published', roles: ['approver', 'admin', 'publisher'] },
  { from: 'approved', to: 'draft', roles: ['approver', 'admin'] },
]

export const findTransition = ({ from, to }: { from: PostStatus; to: PostStatus }) =>
  TRANSITIONS.find((transition) => transition.from === from && transition.to === to)
