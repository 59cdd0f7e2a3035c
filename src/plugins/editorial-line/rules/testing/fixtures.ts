import type { Format } from '../../constants.js'
import type { MessageFacts, MonthCounts, PhaseFacts, PlanFacts, RuleContext, TargetFacts } from '../types.js'

import { qaliaEditorialLine } from '../../presets/qalia/qaliaEditorialLine.js'
import { wallClockInstant } from '../../time/wallClockInstant.js'
import { copyRulesData } from '../../seed/lineRecords.js'

const { mix, plan: seedPlan, targets: seedTargets } = qaliaEditorialLine

/** The seeded editorial line as rule facts: ids are slugs (`of`) and `slug.key` (`of.awareness`). */
export const targets: Record<string, TargetFacts> = Object.fromEntries(
  seedTargets.map((target) => [
    target.slug,
    {
      id: target.slug,
      name: target.name,
      mixGroup: target.mixGroup,
      timing: target.timing,
      gate: target.gate,
    },
  ]),
)

export const phases: Record<string, PhaseFacts> = Object.fromEntries(
  seedTargets.flatMap((target) =>
    target.phases.map((phase) => [
      `${target.slug}.${phase.key}`,
      {
        id: `${target.slug}.${phase.key}`,
        name: phase.name,
        target: target.slug,
        key: phase.key,
        months: phase.months,
        formats: phase.formats ?? [],
        timing: phase.timing,
      },
    ]),
  ),
)

export const messages: Record<string, MessageFacts> = Object.fromEntries(
  seedTargets.flatMap((target) =>
    target.phases.flatMap((phase) =>
      phase.messages.map((message) => [
        message.key,
        {
          id: message.key,
          phase: `${target.slug}.${phase.key}`,
          status: message.status ?? 'active',
          text: message.text,
        },
      ]),
    ),
  ),
)

// Copy rules as stored: terms one a line.
export const plan: PlanFacts = {
  ...seedPlan,
  mix,
  copyRules: copyRulesData(seedPlan.copyRules) as PlanFacts['copyRules'],
}

/** `YYYY-MM-DD HH:mm` on a Paris wall clock, as an ISO instant. */
export const paris = (local: string) => wallClockInstant({ local, timezone: 'Europe/Paris' })

export const noCounts: MonthCounts = { phaseInMonth: 0, committedInMonth: 0, groupCommittedInMonth: 0 }

/**
 * A complete post for `target.phase` at a Paris time, with the phase's first active message and
 * first optimal format, evaluated well before its date. Pass overrides to break one thing.
 */
export const contextFor = ({
  phase: phaseId,
  at,
  format,
  ...overrides
}: { phase: string; at: string; format?: Format } & Partial<Omit<RuleContext, 'phase'>>): RuleContext => {
  const phase = phases[phaseId]
  const target = targets[String(phase.target)]
  const message = Object.values(messages).find((m) => m.phase === phase.id && m.status === 'active')!
  return {
    post: {
      target: target.id,
      phase: phase.id,
      message: message.id,
      format: format ?? phase.formats?.[0] ?? 'text',
      publishAt: paris(at),
      status: 'in_review',
    },
    target,
    phase,
    message,
    plan,
    counts: noCounts,
    now: new Date('2025-12-01T00:00:00Z'),
    submitting: true,
    ...overrides,
  }
}
