import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../rules/relationId.js'
import { loadPhaseTarget } from './loadPhaseTarget.js'

/** A message's target is always its phase's target: taken from the phase on every save. */
export const setMessageTarget: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const phaseId = relationId(data.phase ?? originalDoc?.phase)
  if (phaseId == null) return data
  return { ...data, target: await loadPhaseTarget({ req, phase: phaseId }) }
}
