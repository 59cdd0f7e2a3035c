import type { GlobalConfig } from 'payload'

import { and } from '../access/combine.js'
import { isStaffOrPublisher } from '../access/isStaffOrPublisher.js'

/**
 * Keeps the editorial plan (mix, active clients, campaign start) to the team and publishers: anyone
 * else gets Payload's 403. Narrows the global's own read access (the plugin's or the host's).
 */
export const privatePlan = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  access: {
    ...global.access,
    read: global.access?.read ? and(global.access.read, isStaffOrPublisher) : isStaffOrPublisher,
  },
})
