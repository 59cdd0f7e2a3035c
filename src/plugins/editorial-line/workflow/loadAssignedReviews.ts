import type { Payload, TypedUser } from 'payload'

import { pluginSlugs } from '../options/pluginSettings.js'

/** The posts in review whose named reviewer is `user`, oldest first: how many, and the first ten. */
export const loadAssignedReviews = async ({
  payload,
  user,
}: {
  payload: Payload
  user: TypedUser
}): Promise<{ total: number; posts: { id: number | string; title: string }[] }> => {
  const found = await payload.find({
    collection: pluginSlugs({ payload }).posts,
    where: { and: [{ status: { equals: 'in_review' } }, { reviewer: { equals: user.id } }] },
    sort: 'createdAt',
    limit: 10,
    depth: 0,
    draft: true,
    select: { title: true },
    user,
    overrideAccess: false,
  })
  return {
    total: found.totalDocs,
    posts: found.docs.map((doc) => ({ id: doc.id, title: String((doc as { title?: unknown }).title ?? '') })),
  }
}
