import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Person } from './chooseRecipients.js'

import { rolesOf } from '../access/hasRole.js'
import { pluginSettings } from '../options/pluginSettings.js'

/**
 * Everyone who might be told of a post's event: every user, with their roles (the host's
 * `isAdmin` included) and choices. An editorial team is small; read in the save's transaction.
 */
export const loadNotificationPeople = async ({ req }: { req: PayloadRequest }): Promise<Person[]> => {
  const { docs } = await req.payload.find({
    collection: pluginSettings({ payload: req.payload }).usersSlug as CollectionSlug,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((user) => {
    const { id, email, notifications } = user as unknown as Person
    return { id, email, notifications, roles: rolesOf(user) }
  })
}
