import type { Finding, Level, Rule, RuleContext, RuleName } from './types'

import { completeness } from './completeness'
import { formatOptimal } from './formatOptimal'
import { frequencyCap } from './frequencyCap'
import { messageBelongsToPhase } from './messageBelongsToPhase'
import { mixTolerance } from './mixTolerance'
import { mixZero } from './mixZero'
import { phaseBelongsToTarget } from './phaseBelongsToTarget'
import { phaseMonths } from './phaseMonths'
import { publishInFuture } from './publishInFuture'
import { targetGate } from './targetGate'
import { timingWindow } from './timingWindow'

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
    return rules[rule](context).map((problem) => ({ rule, level, ...problem }))
  })
