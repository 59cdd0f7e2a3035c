import type { CollectionSlug, PayloadRequest } from 'payload'

import { LOCKS_SLUG } from './loadReviewTakeovers.js'

/** The ids of the edit locks held on the plugin's posts (one row per post open in the admin: few). */
export const loadPostLocks = async ({
  req,
  postsSlug,
}: {
  req: PayloadRequest
  postsSlug: CollectionSlug
}): Promise<(number | string)[]> => {
  const { docs } = await req.payload.db.find({
    collection: LOCKS_SLUG,
    where: { 'document.relationTo': { equals: postsSlug } },
    select: { id: true },
    pagination: false,
    req,
  })
  return docs.map((lock) => lock.id as number | string)
}
