import type { Rule } from './types.js'

import { sameId } from './sameId.js'

/** The phase must be one of the target's journey phases. */
export const phaseBelongsToTarget: Rule = ({ phase, target }) => {
  if (!phase || !target || sameId(phase.target, target.id)) return []
  return [
    { path: 'phase', message: { key: 'phaseNotOfTarget', vars: { phase: phase.name, target: target.name } } },
  ]
}
