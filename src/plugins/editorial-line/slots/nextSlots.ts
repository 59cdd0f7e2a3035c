import type { Format, MixGroup, PostStatus } from '../constants.js'
import type {
  ChannelFacts,
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
import { addDays, weekdayOf } from '../time/days.js'
import { localTime } from '../time/localTime.js'
import { shiftMonth } from '../time/months.js'
import { wallClockMinutes } from '../time/wallClockInstant.js'
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
  channel?: Id | null
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

export const COMMITTED: PostStatus[] = ['approved', 'published']
export const COUNTED: PostStatus[] = ['in_review', ...COMMITTED]
export const TAKING: PostStatus[] = ['in_review', 'approved']
/** Rules whose verdict depends on the month only (campaign month, plan row, month counts). */
const MONTHLY_RULES: RuleName[] = ['phaseMonths', 'targetGate', 'frequencyCap', 'mixZero', 'mixTolerance']

const noCounts = (): MonthCounts => ({ phaseInMonth: 0, committedInMonth: 0, groupCommittedInMonth: 0 })

/** The instant a wall clock in `timezone` shows `day` at `minutes`; null when it never does (clocks going forward). */
const instantAt = ({ day, minutes, timezone }: { day: string; minutes: number; timezone: string }) => {
  const instant = wallClockMinutes({ day, minutes, timezone })
  const local = localTime({ instant: new Date(instant), timezone })
  return local.minutes === minutes && local.day === day ? instant : null
}

/** One month of the horizon, as the search asks about it. */
export type SlotMonthRequest = {
  /** `YYYY-MM` in the plan timezone. */
  month: string
  /** The month's instants `[start, end)`, ISO in UTC. */
  start: string
  end: string
  /**
   * Instants `[start, end)` (ISO, UTC) around the window of each candidate day of the month, a few
   * hours wide on either side: the target's in-review or approved posts in them may take a day.
   */
  windows: { start: string; end: string }[]
}

/** What the search needs of a month, read by the caller (in the database, or from a list). */
export type SlotMonthFacts = {
  /** The month's counts, as the rules hook would count them (the post itself left out). */
  counts: MonthCounts
  /**
   * The `publishAt` of the target's in-review and approved posts (other than the post itself) in
   * the request's windows; more is harmless, the search keeps those inside the window's hours.
   */
  taking: string[]
}

type SlotSearchArgs = {
  target: TargetFacts
  phase: PhaseFacts
  message?: MessageFacts | null
  format?: Format | null
  /** The channel the post goes out on: its own slot replaces the window, its cap counts. */
  channel?: ChannelFacts | null
  /** Every channel of the line (for the channel the phase allows). */
  channels?: ChannelFacts[]
  plan: PlanFacts
  levels: Record<RuleName, Level>
  now: Date
  from?: Date | null
  horizonDays?: number
  count?: number
}

/** Around each day's window, so that no clock change moves a taking post out of the range read. */
const WINDOW_MARGIN_MS = 3 * 60 * 60 * 1000

/**
 * The first `count` instants, in time order, at which this post could be submitted: every rule at
 * level `block` passes (with the month counts, as the rules hook would count them) and the slot is
 * not taken.
 *
 * - Candidates: each local day (plan timezone) from `max(now, from)` over `horizonDays`, on the
 *   window's days (the channel's own slot, else phase timing over target timing), every 30 minutes from the window's start, its
 *   end excluded. A window without hours gives one candidate a day, at 09:00. A wall-clock time
 *   that does not exist (clocks going forward) is skipped; one that happens twice is proposed once.
 * - One slot a day at most: the post takes the day it is given.
 * - Taken: another in-review or approved post of the same target falls on the same local day,
 *   inside this post's window. The whole day is then skipped: one post per target and window a day.
 * - Without a message or format, their absence is not held against a slot.
 *
 * A generator, so that it stays pure while reading only what it needs: it yields each month of the
 * horizon in turn (`SlotMonthRequest`) and takes that month's facts back (`SlotMonthFacts`), and
 * stops asking once it has `count` slots. `runSlotSearch` drives it with a synchronous reader,
 * `loadSlotMonth` (loaders) with the database.
 *
 * The search ends with the horizon: no slot is `none_in_horizon`, a rule no date can satisfy is
 * `blocked` (with its findings).
 */
export function* searchSlots({
  target,
  phase,
  message = null,
  format = null,
  channel = null,
  channels = [],
  plan,
  levels,
  now,
  from,
  horizonDays = DEFAULT_HORIZON_DAYS,
  count = DEFAULT_SLOT_COUNT,
}: SlotSearchArgs): Generator<SlotMonthRequest, NextSlots, SlotMonthFacts> {
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
        channel: channel?.id ?? null,
      },
      target,
      phase,
      message,
      channel,
      channels,
      plan,
      counts,
      now,
      submitting: true,
    }
    // Copy rules (issue #28) read the post's words, which no date changes: not a slot's concern.
    return runRules({ context, levels }).filter(
      (finding) => finding.level === 'block' && finding.rule !== 'copy' && !notGiven.has(finding.message.key),
    )
  }

  // Without a date, only the rules no date can change speak.
  const always = blocking({ publishAt: null, counts: noCounts() }).filter(
    (finding) => finding.message.key !== 'missingPublishAt',
  )
  if (always.length > 0) return { slots: [], reason: 'blocked', findings: always }

  const start = Math.max(now.getTime(), from?.getTime() ?? -Infinity)
  const end = start + horizonDays * DAY_MS
  const window = effectiveWindow({ target: target.timing, phase: phase.timing, channel: channel?.timing })
  const hours =
    window.start && window.end ? { start: minutesOfDay(window.start), end: minutesOfDay(window.end) } : null
  const times = hours
    ? Array.from(
        { length: Math.max(0, Math.ceil((hours.end - hours.start) / SLOT_STEP_MINUTES)) },
        (_, index) => hours.start + index * SLOT_STEP_MINUTES,
      )
    : [minutesOfDay(DEFAULT_SLOT_TIME)]
  const inWindowHours = (minutes: number) => !hours || (minutes >= hours.start && minutes < hours.end)
  const isCandidateDay = (weekday: (typeof WEEKDAYS)[number]) =>
    window.days.length === 0 || window.days.includes(weekday)
  const first = localTime({ instant: new Date(start), timezone }).day
  const last = localTime({ instant: new Date(end), timezone }).day

  const slots: string[] = []
  // The days of the horizon, walked once: each month takes its days from where the walk stands.
  let cursor = first
  for (let month = first.slice(0, 7); month <= last.slice(0, 7); month = shiftMonth(month, 1)) {
    const days: string[] = []
    for (; cursor <= last && cursor.startsWith(month); cursor = addDays({ day: cursor, days: 1 })) {
      if (isCandidateDay(weekdayOf(cursor))) days.push(cursor)
    }
    if (days.length === 0) continue
    const bounds = monthBounds({ month, timezone })
    const iso = (instant: number) => new Date(instant).toISOString()
    const facts: SlotMonthFacts = yield {
      month,
      start: bounds.start,
      end: bounds.end,
      windows: days.map((day) => ({
        start: iso(wallClockMinutes({ day, minutes: hours?.start ?? 0, timezone }) - WINDOW_MARGIN_MS),
        end: iso(wallClockMinutes({ day, minutes: hours?.end ?? 24 * 60, timezone }) + WINDOW_MARGIN_MS),
      })),
    }
    const taken = new Set<string>()
    for (const publishAt of facts.taking) {
      const local = localTime({ instant: publishAt, timezone })
      if (inWindowHours(local.minutes)) taken.add(local.day)
    }

    monthDays: for (const day of days) {
      if (taken.has(day)) continue
      for (const minutes of times) {
        const instant = instantAt({ day, minutes, timezone })
        if (instant === null) continue
        if (instant <= now.getTime() || instant < start || instant >= end) continue
        const publishAt = new Date(instant).toISOString()
        const findings = blocking({ publishAt, counts: facts.counts })
        if (findings.length === 0) {
          slots.push(publishAt)
          if (slots.length >= count) return { slots }
          // The post takes the day: the next slot is on another day.
          continue monthDays
        }
        // It would refuse every other candidate of the month too: a closed month costs one rules run.
        if (findings.some((finding) => MONTHLY_RULES.includes(finding.rule))) break monthDays
      }
    }
  }
  return slots.length > 0 ? { slots } : { slots: [], reason: 'none_in_horizon' }
}

/** Runs a search to its end, answering each month it asks about with `monthFacts`. */
export const runSlotSearch = ({
  search,
  monthFacts,
}: {
  search: Generator<SlotMonthRequest, NextSlots, SlotMonthFacts>
  monthFacts: (request: SlotMonthRequest) => SlotMonthFacts
}): NextSlots => {
  let step = search.next()
  while (!step.done) step = search.next(monthFacts(step.value))
  return step.value
}

/**
 * A month's facts from a list of scheduled posts, counted as the rules hook counts them (`postId`,
 * the post the slots are for, left out).
 */
export const slotMonthFacts = ({
  request,
  scheduled,
  target,
  phase,
  channel = null,
  postId = null,
}: {
  request: SlotMonthRequest
  scheduled: ScheduledPost[]
  target: TargetFacts
  phase: PhaseFacts
  channel?: ChannelFacts | null
  postId?: Id | null
}): SlotMonthFacts => {
  const start = Date.parse(request.start)
  const end = Date.parse(request.end)
  const counts = noCounts()
  const taking: string[] = []
  for (const post of scheduled) {
    if (postId != null && sameId(post.id, postId)) continue
    const instant = Date.parse(post.publishAt)
    if (!(instant >= start && instant < end)) continue
    if (COUNTED.includes(post.status) && sameId(post.phase, phase.id)) counts.phaseInMonth++
    if (channel && COUNTED.includes(post.status) && sameId(post.channel, channel.id))
      counts.channelInMonth = (counts.channelInMonth ?? 0) + 1
    if (COMMITTED.includes(post.status)) {
      counts.committedInMonth++
      if (post.mixGroup === target.mixGroup) counts.groupCommittedInMonth++
    }
    if (TAKING.includes(post.status) && sameId(post.target, target.id)) taking.push(post.publishAt)
  }
  return { counts, taking }
}

/**
 * `searchSlots` over a list of the posts already scheduled (`scheduled`; `postId`, the post the
 * slots are for, left out of it).
 */
export const nextSlots = ({
  scheduled,
  postId = null,
  ...args
}: SlotSearchArgs & { scheduled: ScheduledPost[]; postId?: Id | null }): NextSlots =>
  runSlotSearch({
    search: searchSlots(args),
    monthFacts: (request) =>
      slotMonthFacts({ request, scheduled, target: args.target, phase: args.phase, postId }),
  })
