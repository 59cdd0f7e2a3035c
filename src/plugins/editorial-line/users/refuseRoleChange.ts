import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { userHasRole } from '../access/hasRole.js'
import { translate } from '../translations/index.js'
import { refusal } from '../http/refusal.js'

const forbidden = (req: PayloadRequest) =>
  refusal({
    message: translate({ key: 'roleChangeForbidden', t: req.t }),
    status: 403,
    data: { code: 'roleChangeForbidden' },
  })

const sorted = (roles: unknown) => (Array.isArray(roles) ? roles.map(String).sort().join(',') : '')

/**
 * Only admins change roles, and nobody raises their own. Checked before Payload's field access,
 * which would drop the change silently.
 */
export const refuseRoleChange: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const { data, id } = args as { data?: Record<string, unknown>; id?: number | string }
  if ((operation !== 'create' && operation !== 'update') || !req.user || !data || !('roles' in data))
    return args
  if (userHasRole({ user: req.user, roles: ['admin'] })) return args
  const stored =
    operation === 'update' && id !== undefined
      ? await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: id } }, req })
      : null
  // A new account gets the default role; an update keeps the roles it has.
  const before = operation === 'create' ? ['editor'] : (stored as { roles?: unknown } | null)?.roles
  if (operation === 'update' && id === undefined) {
    throw forbidden(req)
  }
  if (sorted(data.roles) !== sorted(before)) {
    throw forbidden(req)
  }
  return args
}
