import type { CollectionBeforeChangeHook } from 'payload'

/** The very first account (created from the admin's "create first user" screen) is an admin. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ collection, data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: collection.slug, req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
