import type { PayloadRequest } from 'payload'

import type { MixGroup, PostStatus } from '../constants.js'
import type { Id, MessageFacts, PhaseFacts, PlanFacts, TargetFacts } from '../rules/types.js'
import type { ScheduledPost } from '../slots/nextSlots.js'

import { parseIsoDate } from '../ical/calendarQuery.js'
import { DAY_MS } from '../time/dayMs.js'
import { localTime } from '../time/localTime.js'
import { monthBounds } from '../time/monthBounds.js'
import { relationId } from '../fields/relationId.js'
import { planFacts } from './planFacts.js'

const SCHEDULED: PostStatus[] = ['in_review', 'approved', 'published']

export type SlotContext = {
  target: TargetFacts
  phase: PhaseFacts
  message: MessageFacts | null
  plan: PlanFacts
  /** `from`, read in the plan timezone. */
  from: Date | null
  /** The posts in review, approved or published of every month the horizon touches. */
  scheduled: ScheduledPost[]
}

export type SlotContextProblem = { problem: 'unknownMessage' | 'unknownPhase' | 'unknownTarget' }

/**
 * What the slot finder needs, in five queries whatever the horizon: the plan, every target (for
 * the mix groups), the phase, the message, and the posts of the horizon's months in one `find`.
 * It reads without access control: call it only once the caller is known to be of the editorial team.
 * `from` must be a valid ISO date (see `parseIsoDate`).
 */
export const loadSlotContext = async ({
  req,
  target: targetId,
  phase: phaseId,
  message: messageId,
  from,
  now,
  horizonDays,
  defaultTimezone,
}: {
  req: PayloadRequest
  target: Id
  phase: Id
  message?: Id | null
  from?: string
  now: Date
  horizonDays: number
  defaultTimezone: string
}): Promise<SlotContext | SlotContextProblem> => {
  const { payload } = req
  const read = { depth: 0, overrideAccess: true, req } as const

  const stored = await payload.findGlobal({ slug: 'editorial-plan', ...read })
  const plan = planFacts({ stored, defaultTimezone })

  const targets = await payload.find({
    collection: 'targets',
    select: { name: true, mixGroup: true, timing: true, gate: true },
    limit: 0,
    pagination: false,
    ...read,
  })
  const target = targets.docs.find((doc) => String(doc.id) === String(targetId)) as TargetFacts | undefined
  if (!target) return { problem: 'unknownTarget' }

  const phase = await payload.findByID({
    collection: 'phases',
    id: phaseId,
    select: { name: true, target: true, key: true, months: true, formats: true, timing: true },
    disableErrors: true,
    ...read,
  })
  if (!phase) return { problem: 'unknownPhase' }

  let message: MessageFacts | null = null
  if (messageId != null) {
    const found = await payload.findByID({
      collection: 'messages',
      id: messageId,
      select: { phase: true, status: true, text: true },
      disableErrors: true,
      ...read,
    })
    if (!found) return { problem: 'unknownMessage' }
    message = { ...found, phase: relationId(found.phase)! } as MessageFacts
  }

  const fromDate = from === undefined ? null : parseIsoDate({ value: from, timezone: plan.timezone })
  // Whole months: the rules count every post of a slot's month, even those before `from`.
  const start = Math.max(now.getTime(), fromDate?.getTime() ?? -Infinity)
  const first = monthBounds({
    month: localTime({ instant: new Date(start), timezone: plan.timezone }).month,
    timezone: plan.timezone,
  })
  const last = monthBounds({
    month: localTime({ instant: new Date(start + horizonDays * DAY_MS), timezone: plan.timezone }).month,
    timezone: plan.timezone,
  })
  // Thousands of rows over a year: straight from the database, without the hooks a read runs per post.
  const posts = await payload.db.find({
    collection: 'posts',
    where: {
      and: [
        { publishAt: { greater_than_equal: first.start } },
        { publishAt: { less_than: last.end } },
        { status: { in: SCHEDULED } },
      ],
    },
    select: { publishAt: true, target: true, phase: true, status: true },
    limit: 0,
    pagination: false,
    req,
  })
  const groups = new Map<string, MixGroup>(
    targets.docs.map((doc) => [String(doc.id), (doc as { mixGroup: MixGroup }).mixGroup]),
  )
  const rows = posts.docs as {
    id: Id
    publishAt?: null | string
    target?: unknown
    phase?: unknown
    status?: PostStatus | null
  }[]
  const scheduled: ScheduledPost[] = rows.flatMap((post) => {
    if (!post.publishAt || !post.status) return []
    const postTarget = relationId(post.target)
    return [
      {
        id: post.id,
        publishAt: post.publishAt,
        target: postTarget,
        phase: relationId(post.phase),
        mixGroup: postTarget == null ? null : (groups.get(String(postTarget)) ?? null),
        status: post.status,
      },
    ]
  })

  return {
    target,
    phase: { ...phase, target: relationId(phase.target)! } as PhaseFacts,
    message,
    plan,
    from: fromDate,
    scheduled,
  }
}
