import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { approvedPosts } from '../access/approvedPosts.js'

/** The ids of the media that approved or published posts (as last approved) carry. */
export const loadPublicMediaIds = async ({
  req,
  postsSlug,
}: {
  req: PayloadRequest
  postsSlug: string
}): Promise<(number | string)[]> => {
  const { docs } = await req.payload.find({
    collection: postsSlug as CollectionSlug,
    where: approvedPosts({ req }) as Where,
    select: { media: true } as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = new Set<number | string>()
  for (const post of docs as { media?: unknown }[]) {
    for (const item of Array.isArray(post.media) ? post.media : []) {
      const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : item
      if (typeof id === 'number' || typeof id === 'string') ids.add(id)
    }
  }
  return [...ids]
}
