import { TZDate } from '@date-fns/tz'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { WEEKDAYS } from '../constants.js'
import { minutesOfDay } from '../validators/timeOfDay.js'
import { campaignMonth } from './campaignMonth.js'
import { defaultLevels } from './defaultLevels.js'
import { effectiveWindow } from './effectiveWindow.js'
import { runRules } from './runRules.js'
import { contextFor, phases, plan, targets } from './testing/fixtures.js'

describe('runRules', () => {
  it('tags each problem with its rule and level', () => {
    const context = contextFor({ phase: 'of.awareness', at: '2026-01-05 14:00', format: 'interview' })
    expect(
      runRules({ context, levels: defaultLevels }).map(({ rule, level, path }) => [rule, level, path]),
    ).toEqual([
      ['formatOptimal', 'warn', 'format'],
      ['timingWindow', 'block', 'publishAt'],
    ])
  })

  it('follows the configured levels, skipping rules set to off', () => {
    const context = contextFor({ phase: 'of.awareness', at: '2026-01-05 14:00', format: 'interview' })
    const levels = { ...defaultLevels, timingWindow: 'warn' as const, formatOptimal: 'off' as const }
    expect(runRules({ context, levels }).map(({ rule, level }) => [rule, level])).toEqual([
      ['timingWindow', 'warn'],
    ])
  })

  it('finds nothing wrong with any complete post that follows the editorial line (property)', () => {
    // Every (phase, month of the plan) where the phase may be used: inside its months, past its
    // target's gate (month, prerequisite, active clients), in a month where its group has a share.
    const months = plan.mix.map((row) => row.month)
    const slots = Object.values(phases).flatMap((phase) => {
      const target = targets[String(phase.target)]
      if (target.gate?.prerequisite && !target.gate.prerequisiteMet) return []
      if (target.gate?.activeClientsAbove != null && plan.activeClients <= target.gate.activeClientsAbove)
        return []
      return months
        .filter((month) => {
          const n = campaignMonth({ month, startMonth: plan.startMonth })
          const planned = Number(plan.mix.find((row) => row.month === month)?.[target.mixGroup] ?? 0)
          return (
            n >= phase.months.from &&
            (phase.months.to == null || n <= phase.months.to) &&
            n >= (target.gate?.fromMonth ?? 1) &&
            planned > 0
          )
        })
        .map((month) => ({ phase, target, month }))
    })
    expect(slots.length).toBeGreaterThan(20)

    fc.assert(
      fc.property(
        fc.constantFrom(...slots),
        fc.nat(),
        fc.nat(),
        ({ phase, target, month }, dayPick, minutePick) => {
          const window = effectiveWindow({ target: target.timing, phase: phase.timing })
          const [year, monthOfYear] = month.split('-').map(Number)
          const days = Array.from(
            { length: 31 },
            (_, i) => new TZDate(year, monthOfYear - 1, i + 1, 12, 0, 'Europe/Paris'),
          )
            .filter((date) => date.getMonth() === monthOfYear - 1)
            .filter(
              (date) => window.days.length === 0 || window.days.includes(WEEKDAYS[(date.getDay() + 6) % 7]),
            )
          const day = days[dayPick % days.length]
          const start = window.start ? minutesOfDay(window.start) : 0
          const end = window.end ? minutesOfDay(window.end) : 24 * 60
          const minute = start + (minutePick % (end - start))
          const local = `${month}-${String(day.getDate()).padStart(2, '0')} ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`
          const context = contextFor({ phase: String(phase.id), at: local })
          const findings = runRules({ context, levels: defaultLevels })
          expect(findings, `${phase.id} at ${local}`).toEqual([])
        },
      ),
      { numRuns: 1000 },
    )
  })
})
