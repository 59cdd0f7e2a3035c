import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Id } from '../rules/types.js'

/**
 * The document a stored version belongs to; `undefined` when there is no such version. Read
 * straight from the database: the restore it serves checks its own access.
 */
export const loadVersionParent = async ({
  req,
  collection,
  version,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  version: Id | undefined
}) => {
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: { id: { equals: version } },
    limit: 1,
    req,
  })
  return docs[0]?.parent as Id | undefined
}
