import type { CollectionAfterReadHook } from 'payload'

import { userHasRole } from '../access/hasRole.js'
import { STAFF_ONLY_POST_FIELDS, STAFF_ROLES } from '../constants.js'

/**
 * Removes the editorial team's fields from what consumers read. Their field access already
 * empties them, but Payload still answers an unreadable array as `[]`: the key goes too.
 */
export const hideStaffFields: CollectionAfterReadHook = ({ doc, overrideAccess, req }) => {
  if (overrideAccess || userHasRole({ user: req.user, roles: STAFF_ROLES })) return doc
  const visible = { ...doc }
  for (const field of STAFF_ONLY_POST_FIELDS) delete visible[field]
  return visible
}
