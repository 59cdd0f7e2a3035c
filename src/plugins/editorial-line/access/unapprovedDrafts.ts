import type { Access, Where } from 'payload'

/** Posts still being written: never sent for review, or sent back. */
export const unapprovedDrafts: Access = (): Where => ({
  and: [{ status: { in: ['draft', 'changes_requested'] } }, { _status: { equals: 'draft' } }],
})
