import type { CollectionBeforeDeleteHook } from 'payload'

import { userHasRole } from '../access/hasRole.js'
import { PUBLIC_POST_STATUSES } from '../constants.js'
import { translate } from '../translations/index.js'
import { refusal } from './refusal.js'

/** Approved versions are never lost to an editor tidying up: only an admin deletes a post once approved. */
export const refuseDeletingApproved: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (!req.user || userHasRole({ user: req.user, roles: ['admin'] })) return
  const { totalDocs } = await req.payload.countVersions({
    collection: collection.slug as 'posts',
    where: { and: [{ parent: { equals: id } }, { 'version.status': { in: [...PUBLIC_POST_STATUSES] } }] },
    req,
  })
  if (totalDocs > 0) {
    throw refusal({
      message: translate({ key: 'deleteApprovedForbidden', t: req.t }),
      status: 403,
      data: { code: 'deleteApprovedForbidden' },
    })
  }
}
