import type { Payload, TypedUser } from 'payload'
import { pluginSlugs } from '../options/pluginSettings.js'

/** How many posts wait in review, among those `user` may read. */
export const countReviewQueue = async ({
  payload,
  user,
}: {
  payload: Payload
  user: null | TypedUser | undefined
}) =>
  (
    await payload.count({
      collection: pluginSlugs({ payload }).posts,
      where: { status: { equals: 'in_review' } },
      user,
      overrideAccess: false,
    })
  ).totalDocs
