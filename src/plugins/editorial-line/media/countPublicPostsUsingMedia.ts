import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { approvedPosts } from '../access/approvedPosts.js'

/** How many approved or published posts (as last approved) carry the media `id`. */
export const countPublicPostsUsingMedia = async ({
  req,
  postsSlug,
  id,
}: {
  req: PayloadRequest
  postsSlug: string
  id: number | string
}) =>
  (
    await req.payload.count({
      collection: postsSlug as CollectionSlug,
      where: { and: [approvedPosts({ req }) as Where, { media: { in: [id] } }] },
      overrideAccess: true,
      req,
    })
  ).totalDocs
