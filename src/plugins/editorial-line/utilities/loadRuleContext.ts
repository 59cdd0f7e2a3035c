import type { PayloadRequest, Where } from 'payload'

import type { MixGroup } from '../constants'
import type {
  MessageFacts,
  MonthCounts,
  PhaseFacts,
  PostFacts,
  RuleContext,
  TargetFacts,
} from '../rules/types'

import { localTime } from '../rules/localTime'
import { monthBounds } from '../rules/monthBounds'
import { relationId } from './relationId'
import { planFacts } from './planFacts'

const COMMITTED = ['approved', 'published']
const IN_PIPELINE_OR_COMMITTED = ['in_review', ...COMMITTED]

/**
 * Gathers what the editorial rules need about a post: the documents it points to, the plan and
 * the month's counts (from count queries, the post itself left out).
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
  const { payload } = req
  const byId = async <T>(collection: 'messages' | 'phases' | 'targets', id: unknown) => {
    const key = relationId(id)
    if (key == null) return null
    return (await payload.findByID({ collection, id: key, depth: 0, req, disableErrors: true })) as null | T
  }
  const target = await byId<TargetFacts>('targets', post.target)
  const phase = await byId<PhaseFacts>('phases', post.phase)
  const message = await byId<MessageFacts>('messages', post.message)
  const stored = await payload.findGlobal({ slug: 'editorial-plan', depth: 0, req })
  const plan = planFacts({ stored, defaultTimezone })

  const counts: MonthCounts = { phaseInMonth: 0, committedInMonth: 0, groupCommittedInMonth: 0 }
  if (post.publishAt) {
    const { month } = localTime({ instant: post.publishAt, timezone: plan.timezone })
    const { start, end } = monthBounds({ month, timezone: plan.timezone })
    const inMonth: Where[] = [{ publishAt: { greater_than_equal: start } }, { publishAt: { less_than: end } }]
    if (postId != null) inMonth.push({ id: { not_equals: postId } })
    const count = async (where: Where[]) =>
      (await payload.count({ collection: 'posts', where: { and: [...inMonth, ...where] }, req })).totalDocs
    if (phase) {
      counts.phaseInMonth = await count([
        { phase: { equals: phase.id } },
        { status: { in: IN_PIPELINE_OR_COMMITTED } },
      ])
    }
    counts.committedInMonth = await count([{ status: { in: COMMITTED } }])
    if (target) {
      const group = await payload.find({
        collection: 'targets',
        where: { mixGroup: { equals: target.mixGroup satisfies MixGroup } },
        depth: 0,
        limit: 0,
        pagination: false,
        select: {},
        req,
      })
      counts.groupCommittedInMonth = await count([
        { target: { in: group.docs.map((doc) => doc.id) } },
        { status: { in: COMMITTED } },
      ])
    }
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
