import type { Access, CollectionSlug, Payload } from 'payload'

import { loadPostLocks } from '../workflow/loadPostLocks.js'
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
 * Locks on the plugin's posts are the editorial team's alone: anyone else neither sees, takes, nor
 * releases them. The locks on the host's own documents keep Payload's rules.
 */
const postLocksForStaff =
  (postsSlug: CollectionSlug): Access =>
  async (args) => {
    if (await isStaff(args)) return true
    const onPosts = await loadPostLocks({ req: args.req, postsSlug })
    return onPosts.length === 0 ? true : { id: { not_in: onPosts } }
  }

/** A new lock: on a post, for the editorial team only. */
const createOnPostsForStaff =
  (postsSlug: CollectionSlug): Access =>
  async (args) => {
    const document = (args.data as { document?: { relationTo?: string } } | undefined)?.document
    return document?.relationTo === postsSlug ? isStaff(args) : true
  }

/**
 * Payload's edit locks (`payload-locked-documents`) are open to any logged-in user, so a publisher
 * could learn which hidden post is being edited, and by whom; and an author's lock on a post in
 * review would stop its reviewers. Payload builds that collection after the plugins run and has no
 * option for its access: it is narrowed here, once Payload is up, for the locks on the plugin's
 * posts only.
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
      operation === 'create'
        ? and(access[operation], createOnPostsForStaff(postsSlug))
        : operation === 'read'
          ? and(access[operation], postLocksForStaff(postsSlug), reviewTakesOver(postsSlug))
          : and(access[operation], postLocksForStaff(postsSlug))
  }
}
