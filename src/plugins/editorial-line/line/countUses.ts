import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Id } from '../rules/types.js'

/** How many documents of `collection` point at `id` through their relationship `field`. */
export const countUses = async ({
  req,
  collection,
  field,
  id,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  field: string
  id: Id
}) => (await req.payload.count({ collection, where: { [field]: { equals: id } }, req })).totalDocs
