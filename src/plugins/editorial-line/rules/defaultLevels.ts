import type { Level, RuleName } from './types.js'

/** The levels of `shared/docs/editorial-rules.md`: only an unoptimal format, a month outside the phase and an over-tolerance mix merely warn. */
export const defaultLevels: Record<RuleName, Level> = {
  completeness: 'block',
  phaseBelongsToTarget: 'block',
  messageBelongsToPhase: 'block',
  formatOptimal: 'warn',
  publishInFuture: 'block',
  timingWindow: 'block',
  phaseMonths: 'warn',
  targetGate: 'block',
  frequencyCap: 'block',
  mixZero: 'block',
  mixTolerance: 'warn',
  channelAllowed: 'block',
  formatOnChannel: 'block',
  channelLength: 'block',
  // Each copy rule's row sets its own level; `warn` here makes every row warn, `off` checks none.
  copy: 'block',
  // A post's media must carry what its format needs on its channel (issue #27).
  formatComplete: 'block',
}
