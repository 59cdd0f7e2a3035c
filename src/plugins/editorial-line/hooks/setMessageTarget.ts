import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../fields/relationId.js'

/** A message's target is always its phase's target: taken from the phase on every save. */
export const setMessageTarget: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const phaseId = relationId(data.phase ?? originalDoc?.phase)
  if (phaseId == null) return data
  const phase = await req.payload.findByID({
    collection: 'phases',
    id: phaseId,
    depth: 0,
    req,
    select: { target: true },
  })
  return { ...data, target: relationId(phase.target) }
}
