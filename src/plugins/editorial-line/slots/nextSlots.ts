import { TZDate } from '@date-fns/tz'

import type { Format, MixGroup, PostStatus } from '../constants.js'
import type {
  Finding,
  Id,
  Level,
  MessageFacts,
  MonthCounts,
  PhaseFacts,
  PlanFacts,
  RuleContext,
  RuleName,
  TargetFacts,
} from '../rules/types.js'

import { WEEKDAYS } from '../constants.js'
import { DAY_MS } from '../time/dayMs.js'
import { pad } from '../time/pad.js'
import { effectiveWindow } from '../rules/effectiveWindow.js'
import { monthBounds } from '../time/monthBounds.js'
import { runRules } from '../rules/runRules.js'
import { sameId } from '../rules/sameId.js'
import { minutesOfDay } from '../validators/timeOfDay.js'

/** A post already on the calendar, as the slot finder needs it. */
export type ScheduledPost = {
  id: Id
  publishAt: string
  target: Id | null
  phase: Id | null
  /** The mix group of the post's target. */
  mixGroup: MixGroup | null
  status: PostStatus
}

export type NextSlots =
  | { slots: string[] }
  /** Some date could suit the post, but none within the horizon does. */
  | { slots: []; reason: 'none_in_horizon' }
  /** A blocking rule that no date changes (a prerequisite not met, a message still to define…). */
  | { slots: []; reason: 'blocked'; findings: Finding[] }

export const DEFAULT_HORIZON_DAYS = 365
export const DEFAULT_SLOT_COUNT = 3
export const SLOT_STEP_MINUTES = 30
/** The one candidate of a day when the window sets no hours. */
export const DEFAULT_SLOT_TIME = '09:00'

const COMMITTED: PostStatus[] = ['approved', 'published']
const COUNTED: PostStatus[] = ['in_review', ...COMMITTED]
const TAKING: PostStatus[] = ['in_review', 'approved']
/** Rules whose verdict depends on the month only (campaign month, plan row, month counts). */
const MONTHLY_RULES: RuleName[] = ['phaseMonths', 'targetGate', 'frequencyCap', 'mixZero', 'mixTolerance']

const noCounts = (): MonthCounts => ({ phaseInMonth: 0, committedInMonth: 0, groupCommittedInMonth: 0 })

type LocalDate = { year: number; month: number; day: number }

const monthKey = ({ year, month }: LocalDate) => `${year}-${pad(month)}`
const dayKey = (date: LocalDate) => `${monthKey(date)}-${pad(date.day)}`

const wallClock = ({ instant, timezone }: { instant: number; timezone: string }) => {
  const local = new TZDate(instant, timezone)
  return {
    date: { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() },
    minutes: local.getHours() * 60 + local.getMinutes(),
  }
}

/** The instant a wall clock in `timezone` shows `date` at `minutes`; null when it never does (clocks going forward). */
const instantAt = ({ date, minutes, timezone }: { date: LocalDate; minutes: number; timezone: string }) => {
  const hour = Math.floor(minutes / 60)
  const instant = new TZDate(date.year, date.month - 1, date.day, hour, minutes % 60, timezone).getTime()
  const local = wallClock({ instant, timezone })
  return local.minutes === minutes && dayKey(local.date) === dayKey(date) ? instant : null
}

/** The calendar day `offset` days after `date` (plain date arithmetic: no timezone involved). */
const addDays = (date: LocalDate, offset: number) => {
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day + offset))
  return {
    date: { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() },
    weekday: WEEKDAYS[(utc.getUTCDay() + 6) % 7],
    utc: utc.getTime(),
  }
}

/**
 * The first `count` instants, in time order, at which this post could be submitted: every rule at
 * level `block` passes (with the month counts of `scheduled`, as the rules hook would count them)
 * and the slot is not taken.
 *
 * - Candidates: each local day (plan timezone) from `max(now, from)` over `horizonDays`, on the
 *   window's days (phase timing over target timing), every 30 minutes from the window's start, its
 *   end excluded. A window without hours gives one candidate a day, at 09:00. A wall-clock time
 *   that does not exist (clocks going forward) is skipped; one that happens twice is proposed once.
 * - Taken: another in-review or approved post of the same target falls on the same local day,
 *   inside this post's window. The whole day is then skipped: one post per target and window a day.
 * - `postId`, the post the slots are for, is left out of `scheduled`.
 * - Without a message or format, their absence is not held against a slot.
 *
 * The search ends with the horizon: no slot is `none_in_horizon`, a rule no date can satisfy is
 * `blocked` (with its findings).
 */
export const nextSlots = ({
  target,
  phase,
  message = null,
  format = null,
  plan,
  levels,
  now,
  from,
  horizonDays = DEFAULT_HORIZON_DAYS,
  count = DEFAULT_SLOT_COUNT,
  scheduled,
  postId = null,
}: {
  target: TargetFacts
  phase: PhaseFacts
  message?: MessageFacts | null
  format?: Format | null
  plan: PlanFacts
  levels: Record<RuleName, Level>
  now: Date
  from?: Date | null
  horizonDays?: number
  count?: number
  scheduled: ScheduledPost[]
  postId?: Id | null
}): NextSlots => {
  const timezone = plan.timezone
  const notGiven = new Set([...(message ? [] : ['missingMessage']), ...(format ? [] : ['missingFormat'])])
  const blocking = ({ publishAt, counts }: { publishAt: null | string; counts: MonthCounts }) => {
    const context: RuleContext = {
      post: {
        target: target.id,
        phase: phase.id,
        message: message?.id ?? null,
        format,
        publishAt,
        status: 'in_review',
      },
      target,
      phase,
      message,
      plan,
      counts,
      now,
      submitting: true,
    }
    return runRules({ context, levels }).filter(
      (finding) => finding.level === 'block' && !notGiven.has(finding.message.key),
    )
  }

  // Without a date, only the rules no date can change speak.
  const always = blocking({ publishAt: null, counts: noCounts() }).filter(
    (finding) => finding.message.key !== 'missingPublishAt',
  )
  if (always.length > 0) return { slots: [], reason: 'blocked', findings: always }

  const start = Math.max(now.getTime(), from?.getTime() ?? -Infinity)
  const end = start + horizonDays * DAY_MS
  const window = effectiveWindow({ target: target.timing, phase: phase.timing })
  const hours =
    window.start && window.end ? { start: minutesOfDay(window.start), end: minutesOfDay(window.end) } : null
  const times = hours
    ? Array.from(
        { length: Math.max(0, Math.ceil((hours.end - hours.start) / SLOT_STEP_MINUTES)) },
        (_, index) => hours.start + index * SLOT_STEP_MINUTES,
      )
    : [minutesOfDay(DEFAULT_SLOT_TIME)]
  const inWindowHours = (minutes: number) => !hours || (minutes >= hours.start && minutes < hours.end)

  const first = wallClock({ instant: start, timezone }).date
  const last = wallClock({ instant: end, timezone }).date
  const lastUtc = addDays(last, 0).utc

  // The months of the horizon, cut at midnight in the plan timezone, with their counts.
  const months: { month: string; start: number; end: number; counts: MonthCounts }[] = []
  for (let offset = 0; ; offset++) {
    const date = new Date(Date.UTC(first.year, first.month - 1 + offset, 1))
    const key = monthKey({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: 1 })
    if (key > monthKey(last)) break
    const bounds = monthBounds({ month: key, timezone })
    months.push({
      month: key,
      start: Date.parse(bounds.start),
      end: Date.parse(bounds.end),
      counts: noCounts(),
    })
  }
  const taken = new Set<string>()
  for (const post of scheduled) {
    if (postId != null && sameId(post.id, postId)) continue
    const instant = Date.parse(post.publishAt)
    const month = months.find((candidate) => instant >= candidate.start && instant < candidate.end)
    if (!month) continue
    if (COUNTED.includes(post.status) && sameId(post.phase, phase.id)) month.counts.phaseInMonth++
    if (COMMITTED.includes(post.status)) {
      month.counts.committedInMonth++
      if (post.mixGroup === target.mixGroup) month.counts.groupCommittedInMonth++
    }
    if (TAKING.includes(post.status) && sameId(post.target, target.id)) {
      const local = wallClock({ instant, timezone })
      if (inWindowHours(local.minutes)) taken.add(dayKey(local.date))
    }
  }
  const countsOf = new Map(months.map(({ month, counts }) => [month, counts]))

  const slots: string[] = []
  const closedMonths = new Set<string>()
  for (let offset = 0; ; offset++) {
    const { date, weekday, utc } = addDays(first, offset)
    if (utc > lastUtc) break
    const month = monthKey(date)
    if (closedMonths.has(month) || taken.has(dayKey(date))) continue
    if (window.days.length > 0 && !window.days.includes(weekday)) continue
    for (const minutes of times) {
      const instant = instantAt({ date, minutes, timezone })
      if (instant === null) continue
      if (instant <= now.getTime() || instant < start || instant >= end) continue
      const publishAt = new Date(instant).toISOString()
      const findings = blocking({ publishAt, counts: countsOf.get(month) ?? noCounts() })
      if (findings.length === 0) {
        slots.push(publishAt)
        if (slots.length >= count) return { slots }
      } else if (findings.some((finding) => MONTHLY_RULES.includes(finding.rule))) {
        // It would refuse every other candidate of the month too: a closed month costs one rules run.
        closedMonths.add(month)
        break
      }
    }
  }
  return slots.length > 0 ? { slots } : { slots: [], reason: 'none_in_horizon' }
}
