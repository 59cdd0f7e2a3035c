import type { CollectionBeforeChangeHook } from 'payload'

import { MEDIA_FACTS_CONTEXT, type MediaFacts } from './mediaFactsContext.js'

/**
 * Writes the kind, page count and duration the server read from the file (inspectUpload), or keeps
 * the stored ones when no new file comes: what a caller sends for them is ignored.
 */
export const setMediaFacts: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const facts = req.context[MEDIA_FACTS_CONTEXT] as MediaFacts | undefined
  const source = facts ?? (originalDoc as Partial<MediaFacts> | undefined) ?? {}
  return {
    ...data,
    kind: source.kind ?? null,
    pages: source.pages ?? null,
    duration: source.duration ?? null,
  }
}
