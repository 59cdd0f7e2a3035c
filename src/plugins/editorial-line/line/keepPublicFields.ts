import type { CollectionAfterReadHook } from 'payload'

import { userHasRole } from '../access/hasRole.js'
import { LINE_READER_ROLES } from '../constants.js'

/**
 * Leaves readers outside the team and publishers the document's id and `fields`, nothing else. The
 * field access already withholds the other fields' values; this drops what Payload still answers
 * (the timestamps, an unreadable array as `[]`) and whatever an earlier hook of the host adds.
 */
export const keepPublicFields =
  ({ fields }: { fields: readonly string[] }): CollectionAfterReadHook =>
  ({ doc, overrideAccess, req }) => {
    if (overrideAccess || userHasRole({ user: req.user, roles: LINE_READER_ROLES })) return doc
    const kept: Record<string, unknown> = { id: doc.id }
    for (const field of fields) if (field in doc) kept[field] = doc[field]
    return kept
  }
