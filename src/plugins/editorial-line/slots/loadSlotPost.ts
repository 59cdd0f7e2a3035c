import type { PayloadRequest } from 'payload'

import type { Id } from '../rules/types.js'
import { pluginSlugs } from '../options/pluginSettings.js'

/**
 * What the slot search needs of a post (its target, phase, message and format) as the caller may
 * read it: the version being edited, not only the approved one. `null` when the caller cannot read
 * it or it does not exist.
 */
export const loadSlotPost = async ({ req, id }: { req: PayloadRequest; id: Id }) =>
  req.payload.findByID({
    collection: pluginSlugs({ payload: req.payload }).posts,
    id,
    draft: true,
    depth: 0,
    select: { target: true, phase: true, message: true, format: true, channel: true },
    overrideAccess: false,
    disableErrors: true,
    req,
  })
