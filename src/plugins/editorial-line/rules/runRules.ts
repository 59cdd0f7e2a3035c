import type { Finding, Level, Rule, RuleContext, RuleName } from './types.js'

import { channelAllowed } from './channelAllowed.js'
import { channelLength } from './channelLength.js'
import { completeness } from './completeness.js'
import { copy } from './copy.js'
import { formatComplete } from './formatComplete.js'
import { formatOnChannel } from './formatOnChannel.js'
import { formatOptimal } from './formatOptimal.js'
import { frequencyCap } from './frequencyCap.js'
import { messageBelongsToPhase } from './messageBelongsToPhase.js'
import { mixTolerance } from './mixTolerance.js'
import { mixZero } from './mixZero.js'
import { phaseBelongsToTarget } from './phaseBelongsToTarget.js'
import { phaseMonths } from './phaseMonths.js'
import { publishInFuture } from './publishInFuture.js'
import { targetGate } from './targetGate.js'
import { timingWindow } from './timingWindow.js'

export const rules: Record<RuleName, Rule> = {
  completeness,
  phaseBelongsToTarget,
  messageBelongsToPhase,
  formatOptimal,
  publishInFuture,
  timingWindow,
  phaseMonths,
  targetGate,
  frequencyCap,
  mixZero,
  mixTolerance,
  channelAllowed,
  formatOnChannel,
  channelLength,
  copy,
  formatComplete,
}

/** Runs every rule whose level is not `off` and tags each problem with its rule and level. */
export const runRules = ({
  context,
  levels,
}: {
  context: RuleContext
  levels: Record<RuleName, Level>
}): Finding[] =>
  (Object.keys(rules) as RuleName[]).flatMap((rule) => {
    const level = levels[rule]
    if (level === 'off') return []
    // A problem may carry a lower level than its rule's (a copy rule's row that only warns).
    return rules[rule](context).map((problem) => ({
      rule,
      ...problem,
      level: level === 'warn' ? 'warn' : (problem.level ?? level),
    }))
  })
