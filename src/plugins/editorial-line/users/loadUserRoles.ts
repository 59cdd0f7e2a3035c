import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Role } from '../constants.js'

import { rolesOf } from '../access/hasRole.js'
import { pluginSettings } from '../options/pluginSettings.js'

/** A user's roles (the host's `isAdmin` included), none when there is no such user. */
export const loadUserRoles = async ({
  req,
  id,
}: {
  req: PayloadRequest
  id: number | string
}): Promise<Role[]> => {
  const user = await req.payload.findByID({
    collection: pluginSettings({ payload: req.payload }).usersSlug as CollectionSlug,
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  return user ? rolesOf(user) : []
}
