import type { Payload, TypedUser } from 'payload'

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
      collection: 'posts',
      where: { status: { equals: 'in_review' } },
      user,
      overrideAccess: false,
    })
  ).totalDocs
