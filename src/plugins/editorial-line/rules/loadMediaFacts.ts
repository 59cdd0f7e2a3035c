import type { PayloadRequest } from 'payload'

import type { Id, MediaFacts } from './types.js'

import { pluginSlugs } from '../options/pluginSettings.js'

const MEDIA_SELECT = {
  kind: true,
  alt: true,
  pages: true,
  duration: true,
  mimeType: true,
  filename: true,
} as const

/**
 * What the rules read of a post's files (`formatComplete`), in the post's order: one query for all
 * of them, none for a post without files. Read from the database (the rules see every file, whoever
 * saves); an id with no file is left out (Payload's own check of the relationship refuses it).
 */
export const loadMediaFacts = async ({ req, ids }: { req: PayloadRequest; ids: Id[] }): Promise<MediaFacts[]> => {
  if (ids.length === 0) return []
  const { docs } = await req.payload.db.find({
    collection: pluginSlugs({ payload: req.payload }).media,
    where: { id: { in: ids } },
    select: MEDIA_SELECT,
    limit: 0,
    pagination: false,
    req,
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc as unknown as MediaFacts]))
  return ids.flatMap((id) => {
    const doc = byId.get(String(id))
    return doc
      ? [
          {
            id: doc.id,
            kind: doc.kind ?? null,
            alt: doc.alt ?? null,
            pages: doc.pages ?? null,
            duration: doc.duration ?? null,
            mimeType: doc.mimeType ?? null,
            filename: doc.filename ?? null,
          },
        ]
      : []
  })
}
