import type { CollectionConfig } from 'payload'

import { anyone } from './anyone.js'
import { hasRole } from './hasRole.js'

/**
 * The editorial line's collections: only admins change them. Read access lets anyone through;
 * unless the host opens the line, `privateLine` then keeps all but a few fields to the team and
 * publishers, and refuses anyone else any read but a post's population.
 */
export const publicReadAdminWrite: NonNullable<CollectionConfig['access']> = {
  read: anyone,
  create: hasRole('admin'),
  update: hasRole('admin'),
  delete: hasRole('admin'),
}
