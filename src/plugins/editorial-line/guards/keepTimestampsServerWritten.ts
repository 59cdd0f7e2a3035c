import type { CollectionBeforeOperationHook } from 'payload'

import { userHasRole } from '../access/hasRole.js'

/**
 * `createdAt` and `updatedAt` say when the server wrote a document: a caller who sends them (to
 * backdate a post, say) has them dropped, as Payload drops fields a user may not update. Admins, and
 * trusted server code such as imports, may set them.
 */
export const keepTimestampsServerWritten: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { data, overrideAccess } = args as { data?: unknown; overrideAccess?: boolean }
  if (overrideAccess === true || userHasRole({ user: req.user, roles: ['admin'] })) return args
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return args
  if (!('createdAt' in data) && !('updatedAt' in data)) return args
  const { createdAt: _createdAt, updatedAt: _updatedAt, ...rest } = data as Record<string, unknown>
  return { ...args, data: rest }
}
