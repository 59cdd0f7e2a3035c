import type { CollectionBeforeDeleteHook } from 'payload'

import { userHasRole } from '../access/hasRole.js'
import { countApprovedVersions } from '../workflow/countApprovedVersions.js'
import { translate } from '../translations/index.js'
import { refusal } from '../http/refusal.js'
import type { PluginSlugs } from '../options/slugs.js'

/** Approved versions are never lost to an editor tidying up: only an admin deletes a post once approved. */
export const refuseDeletingApproved: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (!req.user || userHasRole({ user: req.user, roles: ['admin'] })) return
  if (
    (await countApprovedVersions({ req, collection: collection.slug as PluginSlugs['posts'], post: id })) > 0
  ) {
    throw refusal({
      message: translate({ key: 'deleteApprovedForbidden', t: req.t }),
      status: 403,
      data: { code: 'deleteApprovedForbidden' },
    })
  }
}
