import type { CollectionConfig } from 'payload'

import { NOTICES_SLUG } from './notificationKinds.js'

/**
 * One row per deadline message already queued (`<post>:<kind>:<slot>`): the unique key lets a
 * reminder or an overdue warning go out once, whichever server's sweep gets there first. Server-only.
 */
export const deadlineNoticesCollection: CollectionConfig = {
  slug: NOTICES_SLUG,
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [{ name: 'key', type: 'text', required: true, unique: true, index: true }],
}
