import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { Format, PostStatus } from '../constants.js'
import type { Level, MonthCounts, PlanFacts, RuleContext, RuleName } from '../rules/types.js'

import { POST_STATUSES } from '../constants.js'
import { qaliaFormats } from '../presets/qalia/qaliaFormats.js'
import { defaultLevels } from '../rules/defaultLevels.js'
import { effectiveWindow } from '../rules/effectiveWindow.js'
import { localTime } from '../time/localTime.js'
import { runRules } from '../rules/runRules.js'
import { messages, paris, phases, plan, targets } from '../rules/testing/fixtures.js'
import { minutesOfDay } from '../validators/timeOfDay.js'
import { nextSlots, type ScheduledPost } from './nextSlots.js'

const activeMessage = (phase: string) =>
  Object.values(messages).find((message) => message.phase === phase && message.status === 'active')!

/** The slots of a seeded phase, its first active message and no format unless told. */
const slotsFor = ({
  phase,
  ...overrides
}: { phase: string } & Partial<Omit<Parameters<typeof nextSlots>[0], 'phase'>>) => {
  const phaseFacts = phases[phase]
  return nextSlots({
    target: targets[String(phaseFacts.target)],
    phase: phaseFacts,
    message: activeMessage(phase),
    plan,
    levels: defaultLevels,
    now: new Date('2025-12-01T00:00:00Z'),
    scheduled: [],
    ...overrides,
  })
}

/** A post of a seeded phase at a Paris time. */
const scheduled = ({
  phase,
  at,
  status,
  id = `${phase}@${at}`,
}: {
  phase: string
  at: string
  status: PostStatus
  id?: string
}): ScheduledPost => {
  const target = targets[String(phases[phase].target)]
  return { id, publishAt: paris(at), target: target.id, phase, mixGroup: target.mixGroup, status }
}

/** Slots as Paris wall-clock times, `YYYY-MM-DD HH:mm`. */
const local = (result: ReturnType<typeof nextSlots>) =>
  result.slots.map((slot) => {
    const { display, time } = localTime({ instant: slot, timezone: 'Europe/Paris' })
    const [day, month, year] = display.split(' ')[0].split('/')
    return `${year}-${month}-${day} ${time}`
  })

describe('nextSlots', () => {
  it('proposes the first three slots of the window, in time order, one a day (OF awareness: Tue/Thu 08:30–09:30)', () => {
    const result = slotsFor({ phase: 'of.awareness', from: new Date(paris('2026-01-02 00:00')) })
    expect(local(result)).toEqual(['2026-01-06 08:30', '2026-01-08 08:30', '2026-01-13 08:30'])
  })

  it('never proposes two slots on the same day: the post takes the day it is given', () => {
    const result = slotsFor({
      phase: 'of.decision', // any day, 00:00–24:00: 48 candidates a day
      now: new Date(paris('2026-03-02 06:00')),
      count: 10,
    })
    const days = local(result).map((slot) => slot.slice(0, 10))
    expect(days).toHaveLength(10)
    expect(new Set(days).size).toBe(10)
    expect(days.slice(0, 2)).toEqual(['2026-03-02', '2026-03-03'])
  })

  it('proposes as many as asked', () => {
    const result = slotsFor({ phase: 'of.awareness', from: new Date(paris('2026-01-02 00:00')), count: 5 })
    expect(local(result)).toEqual([
      '2026-01-06 08:30',
      '2026-01-08 08:30',
      '2026-01-13 08:30',
      '2026-01-15 08:30',
      '2026-01-20 08:30',
    ])
  })

  it('never proposes an instant that has passed, nor now itself', () => {
    expect(local(slotsFor({ phase: 'of.awareness', now: new Date(paris('2026-01-06 08:45')) }))[0]).toBe(
      '2026-01-06 09:00',
    )
    expect(local(slotsFor({ phase: 'of.awareness', now: new Date(paris('2026-01-06 09:00')) }))[0]).toBe(
      '2026-01-08 08:30',
    )
    // `from` before now changes nothing
    const result = slotsFor({
      phase: 'of.awareness',
      now: new Date(paris('2026-01-06 09:00')),
      from: new Date(paris('2025-06-01 00:00')),
    })
    expect(local(result)[0]).toBe('2026-01-08 08:30')
  })

  it('skips a day taken by an in-review or approved post of the same target in the window', () => {
    const from = new Date(paris('2026-01-02 00:00'))
    for (const status of ['in_review', 'approved'] as const) {
      const taken = [scheduled({ phase: 'of.consideration', at: '2026-01-06 09:00', status })]
      expect(local(slotsFor({ phase: 'of.awareness', from, scheduled: taken }))).toEqual([
        '2026-01-08 08:30',
        '2026-01-13 08:30',
        '2026-01-15 08:30',
      ])
    }
  })

  it('does not count drafts, refused posts, other targets or posts outside the window as taking a slot', () => {
    const from = new Date(paris('2026-01-02 00:00'))
    const others = [
      scheduled({ phase: 'of.awareness', at: '2026-01-06 08:30', status: 'draft' }),
      scheduled({ phase: 'of.awareness', at: '2026-01-06 09:00', status: 'changes_requested' }),
      scheduled({ phase: 'coachs.decision', at: '2026-01-06 08:30', status: 'approved' }),
      // an approver's timing override put this one in the afternoon
      scheduled({ phase: 'of.awareness', at: '2026-01-06 14:00', status: 'approved' }),
    ]
    expect(local(slotsFor({ phase: 'of.awareness', from, scheduled: others }))[0]).toBe('2026-01-06 08:30')
  })

  it('leaves the post itself out of what is taken and counted', () => {
    const from = new Date(paris('2026-01-02 00:00'))
    const own = scheduled({ id: 'own', phase: 'of.awareness', at: '2026-01-06 09:00', status: 'approved' })
    expect(local(slotsFor({ phase: 'of.awareness', from, scheduled: [own] }))[0]).toBe('2026-01-08 08:30')
    expect(local(slotsFor({ phase: 'of.awareness', from, scheduled: [own], postId: 'own' }))[0]).toBe(
      '2026-01-06 08:30',
    )
  })

  it('waits for a gate across month boundaries: Auditeurs open in campaign month 3, on its first Wednesday', () => {
    const noMix: PlanFacts = { ...plan, mix: [] }
    const result = slotsFor({
      phase: 'auditeurs.awareness',
      plan: noMix,
      now: new Date(paris('2026-01-15 12:00')),
    })
    expect(local(result)).toEqual(['2026-03-04 10:00', '2026-03-11 10:00', '2026-03-18 10:00'])
    // with the gate off, January is fine
    const ungated = slotsFor({
      phase: 'auditeurs.awareness',
      plan: noMix,
      now: new Date(paris('2026-01-15 12:00')),
      levels: { ...defaultLevels, targetGate: 'off' },
    })
    expect(local(ungated)[0]).toBe('2026-01-21 10:00')
  })

  it('skips the missing hour of the day clocks go forward, and proposes the repeated hour once', () => {
    // One slot a day: the first candidate of the day is the one that shows it.
    const spring = slotsFor({
      phase: 'of.decision', // any day, 00:00–24:00
      now: new Date(paris('2026-03-29 01:40')),
      count: 2,
    })
    expect(local(spring)).toEqual(['2026-03-29 03:00', '2026-03-30 00:00'])
    // 01:40 + 20 min of real time: 02:00 does not exist, 03:00 is the next wall-clock candidate
    expect(new Date(spring.slots[0]).getTime() - new Date(paris('2026-03-29 01:40')).getTime()).toBe(
      20 * 60_000,
    )

    // the hour that happens twice: 02:00 is proposed once (at its second occurrence, 01:00 UTC)
    const autumn = slotsFor({ phase: 'of.decision', now: new Date(paris('2026-10-25 01:50')), count: 2 })
    expect(local(autumn)).toEqual(['2026-10-25 02:00', '2026-10-26 00:00'])
    expect(autumn.slots[0]).toBe('2026-10-25T01:00:00.000Z')
  })

  it('moves to the next month once the phase has used its monthly cap (OF retention: 4)', () => {
    const april = ['2026-04-02 08:30', '2026-04-07 08:30', '2026-04-09 09:00', '2026-04-14 08:30']
    const four = april.map((at, index) =>
      scheduled({ phase: 'of.retention', at, status: index % 2 ? 'approved' : 'in_review' }),
    )
    const from = new Date(paris('2026-04-01 00:00'))
    expect(local(slotsFor({ phase: 'of.retention', from, scheduled: four }))[0]).toBe('2026-05-05 08:30')
    // three leave room in April, on a day none of them takes
    expect(local(slotsFor({ phase: 'of.retention', from, scheduled: four.slice(1) }))[0]).toBe(
      '2026-04-02 08:30',
    )
    // a draft does not count
    const withDraft = [...four.slice(1), { ...four[0], status: 'draft' as const }]
    expect(local(slotsFor({ phase: 'of.retention', from, scheduled: withDraft }))[0]).toBe('2026-04-02 08:30')
  })

  it('skips a month the plan gives the group 0 %', () => {
    const coachsOffInFebruary: PlanFacts = {
      ...plan,
      mix: plan.mix.map((row) => (row.month === '2026-02' ? { ...row, of: 100, coachs: 0 } : row)),
    }
    const result = slotsFor({
      phase: 'coachs.awareness', // Sat/Sun 09:00–11:00
      plan: coachsOffInFebruary,
      now: new Date(paris('2026-01-31 10:45')),
    })
    expect(local(result)).toEqual(['2026-03-01 09:00', '2026-03-07 09:00', '2026-03-08 09:00'])
    // mixZero as a warning no longer excludes February
    const warned = slotsFor({
      phase: 'coachs.awareness',
      plan: coachsOffInFebruary,
      now: new Date(paris('2026-01-31 10:45')),
      levels: { ...defaultLevels, mixZero: 'warn' },
    })
    expect(local(warned)[0]).toBe('2026-02-01 09:00')
  })

  it('keeps the last row in force after it: Coachs at 0 % from July 2026 get no slot in August', () => {
    const coachsOffFromJuly: PlanFacts = {
      ...plan,
      mix: [...plan.mix, { month: '2026-07', of: 90, coachs: 0, auditeurs: 10, autres: 0 }],
    }
    const now = new Date(paris('2026-08-03 12:00'))
    expect(slotsFor({ phase: 'coachs.advocacy', plan: coachsOffFromJuly, now, horizonDays: 60 })).toEqual({
      slots: [],
      reason: 'none_in_horizon',
    })
    // As seeded, June's 15 % holds in August: the next mornings are free (advocacy: any day; one slot a day).
    expect(local(slotsFor({ phase: 'coachs.advocacy', now }))).toEqual([
      '2026-08-04 09:00',
      '2026-08-05 09:00',
      '2026-08-06 09:00',
    ])
  })

  it('says when no slot exists within the horizon, and searches a full year', () => {
    expect(
      slotsFor({ phase: 'auditeurs.awareness', now: new Date(paris('2026-01-01 00:00')), horizonDays: 30 }),
    ).toEqual({ slots: [], reason: 'none_in_horizon' })
    const coachsNever: PlanFacts = {
      ...plan,
      mix: Array.from({ length: 14 }, (_, index) => ({
        month: `${2026 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`,
        of: 100,
        coachs: 0,
        auditeurs: 0,
        autres: 0,
      })),
    }
    // any day, any hour: 48 candidates a day for a whole year (how fast is the bench's business)
    expect(
      slotsFor({ phase: 'coachs.decision', plan: coachsNever, now: new Date(paris('2026-01-01 00:00')) }),
    ).toEqual({ slots: [], reason: 'none_in_horizon' })
  })

  it('says a rule no date can satisfy blocks the post, with its findings', () => {
    const result = slotsFor({ phase: 'certificateurs.awareness' })
    expect(result).toMatchObject({
      slots: [],
      reason: 'blocked',
      findings: [{ rule: 'targetGate', level: 'block', message: { key: 'gatePrerequisite' } }],
    })
    const toDefine = Object.values(messages).find((message) => message.status === 'to_define')!
    expect(slotsFor({ phase: String(toDefine.phase), message: toDefine })).toMatchObject({
      reason: 'blocked',
      findings: [{ rule: 'messageBelongsToPhase' }],
    })
  })

  it('holds no missing message or format against a slot, and proposes 09:00 when the window has no hours', () => {
    const { certificateurs } = targets
    const result = slotsFor({
      phase: 'certificateurs.awareness', // no days, no hours; open from campaign month 5
      target: { ...certificateurs, gate: { ...certificateurs.gate, prerequisiteMet: true } },
      message: null,
      now: new Date(paris('2026-05-04 12:00')),
    })
    expect(local(result)).toEqual(['2026-05-05 09:00', '2026-05-06 09:00', '2026-05-07 09:00'])
  })

  it('stays within the horizon', () => {
    const now = new Date(paris('2026-01-05 12:00'))
    const result = slotsFor({ phase: 'of.awareness', now, horizonDays: 3, count: 10 })
    expect(local(result)).toEqual(['2026-01-06 08:30', '2026-01-08 08:30'])
  })
})

// --- Property: every slot passes every blocking rule, and none is missed ---------------------------

const TZ = 'Europe/Paris'
const STEP = 30 * 60_000
const COMMITTED: PostStatus[] = ['approved', 'published']

/** The month counts the rules hook would load for a post at `instant`, counted naively. */
const countsAt = ({
  instant,
  phase,
  group,
  posts,
}: {
  instant: string
  phase: string
  group: string
  posts: ScheduledPost[]
}): MonthCounts => {
  const { month } = localTime({ instant, timezone: TZ })
  const inMonth = posts.filter((post) => localTime({ instant: post.publishAt, timezone: TZ }).month === month)
  const committed = inMonth.filter((post) => COMMITTED.includes(post.status))
  return {
    phaseInMonth: inMonth.filter(
      (post) => post.phase === phase && post.status !== 'draft' && post.status !== 'changes_requested',
    ).length,
    committedInMonth: committed.length,
    groupCommittedInMonth: committed.filter((post) => post.mixGroup === group).length,
  }
}

const dateOf = (instant: string | number) =>
  localTime({ instant: new Date(instant), timezone: TZ }).display.split(' ')[0]

const levelsArbitrary = fc.record(
  Object.fromEntries(
    (Object.keys(defaultLevels) as RuleName[]).map((rule) => [
      rule,
      fc.constantFrom<Level>('block', 'block', 'warn', 'off'),
    ]),
  ) as Record<RuleName, fc.Arbitrary<Level>>,
)

const scenario = fc
  .record({
    phase: fc.constantFrom(...Object.keys(phases)),
    messageIndex: fc.option(fc.nat(), { nil: null }),
    format: fc.option(fc.constantFrom<Format>(...qaliaFormats.map((format) => format.value)), { nil: null }),
    levels: levelsArbitrary,
    activeClients: fc.constantFrom(0, 150),
    now: fc.integer({ min: Date.parse('2025-12-01T00:00:00Z'), max: Date.parse('2026-08-01T00:00:00Z') }),
    fromDays: fc.option(fc.integer({ min: -5, max: 60 }), { nil: null }),
    horizonDays: fc.integer({ min: 1, max: 21 }),
    count: fc.integer({ min: 1, max: 6 }),
    posts: fc.array(
      fc.record({
        phase: fc.constantFrom(...Object.keys(phases)),
        // on the half-hour grid, so that posts meet candidates
        step: fc.integer({ min: 0, max: 100 * 48 }),
        status: fc.constantFrom<PostStatus>(...POST_STATUSES),
      }),
      { maxLength: 60 },
    ),
    excludeIndex: fc.option(fc.nat(), { nil: null }),
  })
  .map((input) => {
    const phase = phases[input.phase]
    const target = targets[String(phase.target)]
    const own = Object.values(messages).filter((message) => message.phase === phase.id)
    const base = Math.ceil(input.now / STEP) * STEP - 10 * 24 * 60 * 60_000
    const posts: ScheduledPost[] = input.posts.map((post, index) => {
      const postTarget = targets[String(phases[post.phase].target)]
      return {
        id: index,
        publishAt: new Date(base + post.step * STEP).toISOString(),
        target: postTarget.id,
        phase: post.phase,
        mixGroup: postTarget.mixGroup,
        status: post.status,
      }
    })
    return {
      target,
      phase,
      message: input.messageIndex === null ? null : own[input.messageIndex % own.length],
      format: input.format,
      plan: { ...plan, activeClients: input.activeClients },
      levels: input.levels,
      now: new Date(input.now),
      from: input.fromDays === null ? null : new Date(input.now + input.fromDays * 24 * 60 * 60_000),
      horizonDays: input.horizonDays,
      count: input.count,
      scheduled: posts,
      postId: input.excludeIndex === null || posts.length === 0 ? null : input.excludeIndex % posts.length,
    }
  })

type Scenario = Parameters<typeof nextSlots>[0] & { scheduled: ScheduledPost[] }

/** The blocking findings for the scenario's post at `instant`, as the rules hook would find them. */
const blockingAt = (input: Scenario, instant: string) => {
  const others = input.scheduled.filter((post) => post.id !== input.postId)
  const context: RuleContext = {
    post: {
      target: input.target.id,
      phase: input.phase.id,
      message: input.message?.id ?? null,
      format: input.format ?? null,
      publishAt: instant,
      status: 'in_review',
    },
    target: input.target,
    phase: input.phase,
    message: input.message ?? null,
    plan: input.plan,
    counts: countsAt({ instant, phase: String(input.phase.id), group: input.target.mixGroup, posts: others }),
    now: input.now,
    submitting: true,
  }
  return runRules({ context, levels: input.levels }).filter(
    (finding) =>
      finding.level === 'block' &&
      !(finding.message.key === 'missingMessage' && !input.message) &&
      !(finding.message.key === 'missingFormat' && !input.format),
  )
}

const windowOf = (input: Scenario) => {
  const window = effectiveWindow({ target: input.target.timing, phase: input.phase.timing })
  const hours = window.start && window.end ? [minutesOfDay(window.start), minutesOfDay(window.end)] : null
  return { days: window.days, hours }
}

const isTaken = (input: Scenario, instant: string) => {
  const { hours } = windowOf(input)
  return input.scheduled.some((post) => {
    if (post.id === input.postId || post.target !== input.target.id) return false
    if (post.status !== 'in_review' && post.status !== 'approved') return false
    const { minutes } = localTime({ instant: post.publishAt, timezone: TZ })
    return (
      dateOf(post.publishAt) === dateOf(instant) && (!hours || (minutes >= hours[0] && minutes < hours[1]))
    )
  })
}

/** Every wall-clock candidate of the horizon, found by walking the half-hour grid of UTC instants. */
const candidates = (input: Scenario) => {
  const { days, hours } = windowOf(input)
  const start = Math.max(input.now.getTime(), input.from?.getTime() ?? 0)
  const end = start + input.horizonDays! * 24 * 60 * 60_000
  const seen = new Map<string, string>()
  for (let instant = Math.ceil(start / STEP) * STEP; instant < end; instant += STEP) {
    if (instant <= input.now.getTime()) continue
    const local = localTime({ instant: new Date(instant), timezone: TZ })
    if (days.length > 0 && !days.includes(local.weekday)) continue
    const onGrid = hours
      ? local.minutes >= hours[0] && local.minutes < hours[1] && (local.minutes - hours[0]) % 30 === 0
      : local.time === '09:00'
    // a wall-clock time that happens twice counts once
    if (onGrid) seen.set(local.display, seen.get(local.display) ?? new Date(instant).toISOString())
  }
  return [...seen.values()]
}

describe('nextSlots (property)', () => {
  it('proposes only slots that pass every blocking rule and are free, in order, ahead of now', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const result = nextSlots(input)
        const instants = result.slots.map((slot) => new Date(slot).getTime())
        expect(instants).toEqual([...instants].sort((a, b) => a - b))
        expect(new Set(instants).size).toBe(instants.length)
        expect(result.slots.length).toBeLessThanOrEqual(input.count!)
        for (const slot of result.slots) {
          expect(new Date(slot).getTime()).toBeGreaterThan(input.now.getTime())
          if (input.from) expect(new Date(slot).getTime()).toBeGreaterThanOrEqual(input.from.getTime())
          expect(blockingAt(input, slot), slot).toEqual([])
          expect(isTaken(input, slot), slot).toBe(false)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('misses none: the slots are the first free, compliant candidates of the horizon', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const result = nextSlots(input)
        const days = new Set<string>()
        const expected = candidates(input)
          .filter((instant) => !isTaken(input, instant) && blockingAt(input, instant).length === 0)
          // one a day: the first compliant candidate of each local day
          .filter((instant) => {
            const day = localTime({ instant, timezone: TZ }).display.split(' ')[0]
            if (days.has(day)) return false
            days.add(day)
            return true
          })
          .slice(0, input.count)
        // the finder and this walk may pick different occurrences of a repeated hour: compare wall clocks
        const wallClock = (instant: string) => localTime({ instant, timezone: TZ }).display
        expect(result.slots.map(wallClock)).toEqual(expected.map(wallClock))
        if (expected.length === 0 && 'reason' in result) {
          expect(['none_in_horizon', 'blocked']).toContain(result.reason)
        }
      }),
      { numRuns: 150 },
    )
  })
})
