import type { PayloadRequest } from 'payload'

import { pluginSlugs } from '../options/pluginSettings.js'

/** The slugs of the line's channels, in their order: what the calendar feed's `?channel=` may name. */
export const loadChannelSlugs = async ({ req }: { req: PayloadRequest }): Promise<string[]> => {
  const { docs } = await req.payload.find({
    collection: pluginSlugs({ payload: req.payload }).channels,
    select: { slug: true },
    sort: 'createdAt',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => String((doc as { slug?: unknown }).slug))
}
