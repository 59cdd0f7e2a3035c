import type { Finding, RuleName } from './types.js'

export type Checklist = {
  target: boolean
  phase: boolean
  message: boolean
  format: boolean
  channel: boolean
  timing: boolean
  complete: boolean
}

const TIMING_RULES: RuleName[] = ['publishInFuture', 'timingWindow', 'frequencyCap']

/** The five control points of the editorial line, read from the findings of every rule. */
export const checklist = ({ findings }: { findings: Finding[] }): Checklist => {
  const missing = (path: string) => findings.some((f) => f.rule === 'completeness' && f.path === path)
  const blocks = (rule: RuleName) => findings.some((f) => f.rule === rule && f.level === 'block')
  const points = {
    target: !missing('target') && !blocks('targetGate') && !blocks('mixZero'),
    phase: !missing('phase') && !blocks('phaseBelongsToTarget'),
    message: !missing('message') && !blocks('messageBelongsToPhase'),
    // A format is only chosen well once the post carries what it needs (its media).
    format: !missing('format') && !blocks('formatOnChannel') && !blocks('formatComplete'),
    channel: !blocks('channelAllowed') && !blocks('channelLength'),
    timing: !missing('publishAt') && !TIMING_RULES.some(blocks),
  }
  return { ...points, complete: Object.values(points).every(Boolean) }
}
