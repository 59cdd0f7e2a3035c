import type { PostStatus } from '../constants.js'
import type { PostNotificationKind } from './notificationKinds.js'

/** Which message a change of status calls for, if any. */
export const notificationEvent = ({
  from,
  to,
}: {
  from: PostStatus
  to: PostStatus
}): PostNotificationKind | null => {
  if (from === to) return null
  if (to === 'in_review') return 'review'
  if (from === 'in_review' && to === 'changes_requested') return 'changesRequested'
  if (from === 'in_review' && to === 'approved') return 'approved'
  return null
}
