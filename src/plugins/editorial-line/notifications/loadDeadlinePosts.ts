import type { PayloadRequest } from 'payload'

import type { DeadlinePost } from './dueDeadlines.js'

import { pluginSlugs } from '../options/pluginSettings.js'

/**
 * The posts a deadline may concern (latest versions): in review with a slot before `until`, or
 * approved with a slot passed.
 */
export const loadDeadlinePosts = async ({
  req,
  now,
  until,
}: {
  req: PayloadRequest
  now: Date
  until: Date
}): Promise<(DeadlinePost & Record<string, unknown>)[]> => {
  const { docs } = await req.payload.find({
    collection: pluginSlugs({ payload: req.payload }).posts,
    where: {
      or: [
        {
          and: [{ status: { equals: 'in_review' } }, { publishAt: { less_than_equal: until.toISOString() } }],
        },
        { and: [{ status: { equals: 'approved' } }, { publishAt: { less_than_equal: now.toISOString() } }] },
      ],
    },
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as unknown as (DeadlinePost & Record<string, unknown>)[]
}
