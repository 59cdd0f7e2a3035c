import type { Access, CollectionSlug, Payload } from 'payload'

import { loadReviewTakeovers, LOCKS_SLUG } from '../workflow/loadReviewTakeovers.js'
import { and } from './combine.js'
import { isStaff } from './isStaff.js'

/**
 * A reviewer does not see the locks they take over (see `loadReviewTakeovers`): Payload's admin
 * then opens the post in review without its "document locked" dialog, and the lock passes to the
 * reviewer as soon as they change something.
 */
const reviewTakesOver =
  (postsSlug: CollectionSlug): Access =>
  async ({ req }) => {
    const takenOver = await loadReviewTakeovers({ req, postsSlug })
    return takenOver.length === 0 ? true : { id: { not_in: takenOver } }
  }

/**
 * Payload's edit locks (`payload-locked-documents`) are open to any logged-in user, so a publisher
 * could learn which hidden post is being edited, and by whom; and an author's lock on a post in
 * review would stop its reviewers. Payload builds that collection after the plugins run and has no
 * option for its access: it is narrowed here, once Payload is up.
 */
export const restrictEditLocks = ({
  payload,
  postsSlug,
}: {
  payload: Payload
  postsSlug: CollectionSlug
}) => {
  const locks = payload.collections[LOCKS_SLUG]?.config
  if (!locks) return
  const access = locks.access as Record<'create' | 'delete' | 'read' | 'update', Access>
  for (const operation of ['create', 'read', 'update', 'delete'] as const) {
    access[operation] =
      operation === 'read'
        ? and(isStaff, access[operation], reviewTakesOver(postsSlug))
        : and(isStaff, access[operation])
  }
}
