import type { PayloadRequest, Where } from 'payload'

import type {
  MessageFacts,
  MonthCounts,
  PhaseFacts,
  PostFacts,
  RuleContext,
  TargetFacts,
} from '../rules/types.js'

import { localTime } from '../time/localTime.js'
import { monthBounds } from '../time/monthBounds.js'
import { relationId } from '../fields/relationId.js'
import { planFacts } from './planFacts.js'
import { lockRow } from '../workflow/lockRow.js'

const COMMITTED = ['approved', 'published']
const IN_PIPELINE_OR_COMMITTED = ['in_review', ...COMMITTED]

/**
 * Gathers what the editorial rules need about a post: every target (for the post's and its mix
 * group), the phase, the message, the plan, and three counts of the month's other scheduled posts.
 */
export const loadRuleContext = async ({
  req,
  post,
  postId,
  now,
  submitting,
  defaultTimezone,
}: {
  req: PayloadRequest
  post: PostFacts
  postId?: number | string
  now: Date
  submitting: boolean
  defaultTimezone: string
}): Promise<RuleContext> => {
  // Straight to the database: these reads are the plugin's own, and every save of a post makes them.
  const { db } = req.payload
  const byId = async <T>({
    collection,
    id,
    select,
  }: {
    collection: 'messages' | 'phases'
    id: unknown
    select: Record<string, true>
  }) => {
    const key = relationId(id)
    if (key == null) return null
    return (await db.findOne({ collection, where: { id: { equals: key } }, select, req })) as null | T
  }
  const { docs: targets } = (await db.find({
    collection: 'targets',
    select: { name: true, mixGroup: true, timing: true, gate: true },
    limit: 0,
    pagination: false,
    req,
  })) as unknown as { docs: TargetFacts[] }
  const targetKey = relationId(post.target)
  const target =
    targetKey == null ? null : (targets.find((doc) => String(doc.id) === String(targetKey)) ?? null)
  const phase = await byId<PhaseFacts>({
    collection: 'phases',
    id: post.phase,
    select: { name: true, target: true, key: true, months: true, formats: true, timing: true },
  })
  const message = await byId<MessageFacts>({
    collection: 'messages',
    id: post.message,
    select: { phase: true, status: true, text: true },
  })
  // Two saves that each bring a post into a capped phase's month must count one after the other, or
  // both find its last place free: on PostgreSQL saves run side by side (on several servers, too),
  // and only a database lock orders them. Counts below are read after it, on what the other committed.
  if (
    phase &&
    phase.timing?.maxPostsPerMonth != null &&
    post.publishAt &&
    IN_PIPELINE_OR_COMMITTED.includes(String(post.status))
  ) {
    await lockRow({ table: 'phases', id: phase.id, req })
  }
  const stored = await db.findGlobal({
    slug: 'editorial-plan',
    select: { startMonth: true, timezone: true, activeClients: true, mixTolerance: true, mix: true },
    req,
  })
  const plan = planFacts({ stored: stored ?? {}, defaultTimezone })

  const counts: MonthCounts = { phaseInMonth: 0, committedInMonth: 0, groupCommittedInMonth: 0 }
  if (post.publishAt) {
    const { month } = localTime({ instant: post.publishAt, timezone: plan.timezone })
    const { start, end } = monthBounds({ month, timezone: plan.timezone })
    const group = targets
      .filter((doc) => target && doc.mixGroup === target.mixGroup)
      .map((doc) => doc.id as number | string)
    // Counted in the database, a busy month costing what an empty one does (indexes on status and
    // on phase, each with the date): the month's posts themselves are never loaded.
    const count = async (...conditions: Where[]) => {
      const where: Where[] = [
        { publishAt: { greater_than_equal: start } },
        { publishAt: { less_than: end } },
        ...conditions,
      ]
      if (postId != null) where.push({ id: { not_equals: postId } })
      return (await db.count({ collection: 'posts', where: { and: where }, req })).totalDocs
    }
    const [phaseInMonth, committedInMonth, groupCommittedInMonth] = await Promise.all([
      phase ? count({ phase: { equals: phase.id } }, { status: { in: IN_PIPELINE_OR_COMMITTED } }) : 0,
      count({ status: { in: COMMITTED } }),
      group.length > 0 ? count({ target: { in: group } }, { status: { in: COMMITTED } }) : 0,
    ])
    Object.assign(counts, { phaseInMonth, committedInMonth, groupCommittedInMonth })
  }

  const facts = <T extends { target?: unknown; phase?: unknown }>(doc: null | T) =>
    doc && { ...doc, target: relationId(doc.target), phase: relationId(doc.phase) }
  return {
    post,
    target,
    phase: facts(phase) as null | PhaseFacts,
    message: facts(message) as MessageFacts | null,
    plan,
    counts,
    now,
    submitting,
  }
}
