import type { CollectionBeforeOperationHook } from 'payload'

import { userHasRole } from '../access/hasRole.js'
import { STAFF_ONLY_POST_FIELDS, STAFF_ROLES } from '../constants.js'
import { translate } from '../translations/index.js'
import { refusal } from '../http/refusal.js'

const sortFields = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .map((item) => String(item).trim().replace(/^-/, '').split('.')[0])
    .filter(Boolean)

/**
 * API consumers (anonymous callers, publishers) read the approved version of a post only:
 * `draft=true` is ignored for them, and sorting on a field they cannot read is refused (the order
 * would tell what the field holds).
 */
export const hideDraftsFromConsumers: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  // REST and GraphQL leave `overrideAccess` unset until the operation defaults it to false.
  if (operation !== 'read' || args.overrideAccess === true) return args
  if (userHasRole({ user: req.user, roles: STAFF_ROLES })) return args
  const hidden = sortFields((args as { sort?: unknown }).sort).find((field) =>
    (STAFF_ONLY_POST_FIELDS as readonly string[]).includes(field),
  )
  if (hidden) {
    throw refusal({
      message: translate({ key: 'hiddenField', t: req.t, vars: { field: hidden } }),
      status: 400,
      data: { code: 'hiddenField', field: hidden },
    })
  }
  return { ...args, draft: false }
}
