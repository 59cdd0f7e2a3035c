import type { CollectionSlug, RelationshipField } from 'payload'

import { isStaff } from '../access/isStaff.js'
import { label } from '../translations/index.js'

/**
 * Who is to review the post: an approver or admin, never the author; optional (without one, every
 * approver is asked). checkReviewer says who may set it and whom.
 */
export const reviewerField = ({ usersSlug }: { usersSlug: string }): RelationshipField => ({
  name: 'reviewer',
  type: 'relationship',
  relationTo: usersSlug as CollectionSlug,
  label: label('reviewer'),
  index: true,
  access: { read: isStaff },
  admin: { position: 'sidebar', description: label('reviewerDescription') },
})
