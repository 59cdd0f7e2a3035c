import type { Access, Where } from 'payload'

import { PUBLIC_POST_STATUSES } from '../constants.js'

/** The posts API consumers may read: approved or published, as last approved. */
export const approvedPosts: Access = (): Where => ({
  and: [{ status: { in: [...PUBLIC_POST_STATUSES] } }, { _status: { equals: 'published' } }],
})
