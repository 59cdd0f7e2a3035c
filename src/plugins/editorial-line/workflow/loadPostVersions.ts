import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { getLatestCollectionVersion } from 'payload'

/**
 * A post's latest version (the one editors work on) and, when it has one, its live version (the
 * one API consumers get), as stored.
 */
export const loadPostVersions = async ({
  collection,
  id,
  req,
  storedStatus,
}: {
  collection: SanitizedCollectionConfig
  id: number | string
  req: PayloadRequest
  /** The stored document's `_status`, when the caller read it already (with its row lock). */
  storedStatus?: unknown
}) => {
  const query = { collection: collection.slug, where: { id: { equals: id } }, req }
  const latest = await getLatestCollectionVersion({
    id,
    config: collection,
    payload: req.payload,
    query,
    req,
  })
  // Most posts being saved have no live version: read the whole stored document only when it is one.
  const stored =
    latest && storedStatus === undefined
      ? ((await req.payload.db.findOne({ ...query, select: { _status: true } })) as {
          _status?: unknown
        } | null)
      : { _status: storedStatus }
  const published = latest !== undefined && latest !== null && stored?._status === 'published'
  return {
    latest: latest as Record<string, unknown> | undefined,
    live: published ? ((await req.payload.db.findOne(query)) as Record<string, unknown>) : undefined,
  }
}
