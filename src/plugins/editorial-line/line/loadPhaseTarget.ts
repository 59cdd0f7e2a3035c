import type { PayloadRequest } from 'payload'

import type { Id } from '../rules/types.js'

import { relationId } from '../rules/relationId.js'

/** The target a phase belongs to. Payload's not-found error when there is no such phase. */
export const loadPhaseTarget = async ({ req, phase }: { req: PayloadRequest; phase: Id }) => {
  const doc = await req.payload.findByID({
    collection: 'phases',
    id: phase,
    depth: 0,
    req,
    select: { target: true },
  })
  return relationId(doc.target)
}
