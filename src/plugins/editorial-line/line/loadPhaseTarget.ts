import type { PayloadRequest } from 'payload'

import type { Id } from '../rules/types.js'

import { relationId } from '../rules/relationId.js'
import { pluginSlugs } from '../options/pluginSettings.js'

/** The target a phase belongs to. Payload's not-found error when there is no such phase. */
export const loadPhaseTarget = async ({ req, phase }: { req: PayloadRequest; phase: Id }) => {
  const doc = await req.payload.findByID({
    collection: pluginSlugs({ payload: req.payload }).phases,
    id: phase,
    depth: 0,
    req,
    select: { target: true },
  })
  return relationId(doc.target)
}
