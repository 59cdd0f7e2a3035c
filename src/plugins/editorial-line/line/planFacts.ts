import type { PlanFacts } from '../rules/types.js'

import { usableTimezone } from '../time/usableTimezone.js'

/** The plan as the rules read it, with the defaults of a plan not filled in yet. */
export const planFacts = ({
  stored,
  defaultTimezone,
}: {
  stored: {
    startMonth?: null | string
    timezone?: null | string
    activeClients?: null | number
    mixTolerance?: null | number
    mix?: unknown
    copyRules?: unknown
  }
  defaultTimezone: string
}): PlanFacts => ({
  startMonth: stored.startMonth ?? '2026-01',
  timezone: usableTimezone({ timezone: stored.timezone, fallback: defaultTimezone }),
  activeClients: stored.activeClients ?? 0,
  mixTolerance: stored.mixTolerance ?? 10,
  mix: (stored.mix ?? []) as PlanFacts['mix'],
  copyRules: (stored.copyRules ?? []) as NonNullable<PlanFacts['copyRules']>,
})
