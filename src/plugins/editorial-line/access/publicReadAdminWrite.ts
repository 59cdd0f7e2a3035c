import type { CollectionConfig } from 'payload'

import { anyone } from './anyone.js'
import { hasRole } from './hasRole.js'

/** The editorial line itself is public; only admins change it. */
export const publicReadAdminWrite: NonNullable<CollectionConfig['access']> = {
  read: anyone,
  create: hasRole('admin'),
  update: hasRole('admin'),
  delete: hasRole('admin'),
}
