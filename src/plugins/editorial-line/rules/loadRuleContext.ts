import type { PayloadRequest } from 'payload'

import type { Id, MessageFacts, MonthCounts, PhaseFacts, PostFacts, RuleContext, TargetFacts } from './types.js'

import { localTime } from '../time/localTime.js'
import { monthBounds } from '../time/monthBounds.js'
import { relationId } from './relationId.js'
import { defaultChannel } from './defaultChannel.js'
import { planFacts } from '../line/planFacts.js'
import { lockPlan } from '../db/lockPlan.js'
import { lockRow } from '../db/lockRow.js'
import { createSaveReads, type SaveReads } from './saveReads.js'
import { countInMonth, type MonthCountQuery } from '../mix/countInMonth.js'
import { pluginSlugs } from '../options/pluginSettings.js'
import { loadMediaFacts } from './loadMediaFacts.js'

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
  lockMix = false,
  reads,
  media,
}: {
  req: PayloadRequest
  post: PostFacts
  postId?: number | string
  now: Date
  submitting: boolean
  defaultTimezone: string
  /**
   * The mix's tolerance refuses saves (`rules.mixTolerance: 'block'`): a post being committed then
   * counts its month's mix only after any other commitment under way (`lockPlan`).
   */
  lockMix?: boolean
  /** The save's reads, shared with its input guard (`saveReads`); fresh ones otherwise. */
  reads?: SaveReads
  /** The post's media as saved or sent (ids or documents, in order); absent: not known, not checked. */
  media?: unknown
}): Promise<RuleContext> => {
  const line = reads ?? createSaveReads({ req })
  // A hasMany relationship reads as ids, or as documents where something populated it.
  const ids = (value: unknown): Id[] =>
    Array.isArray(value)
      ? value.map((item) => relationId(item)).filter((id): id is Id => id != null && id !== '')
      : []
  const targets = await line.targets()
  const targetKey = relationId(post.target)
  const target =
    targetKey == null ? null : (targets.find((doc) => String(doc.id) === String(targetKey)) ?? null)
  const phase = await line.phase(post.phase)
  const message = await line.message(post.message)
  const channels = await line.channels()
  const channelKey = relationId(post.channel)
  // A post saved without a channel gets its phase's first (else its target's, else the first active).
  const channel =
    channelKey == null || channelKey === ''
      ? defaultChannel({ channels, target: target && { channels: ids(target.channels) }, phase: phase && { channels: ids(phase.channels) } })
      : (channels.find((doc) => String(doc.id) === String(channelKey)) ?? null)
  if ((channelKey == null || channelKey === '') && channel) post = { ...post, channel: channel.id }
  // Two saves that each bring a post into a capped phase's month must count one after the other, or
  // both find its last place free: on PostgreSQL saves run side by side (on several servers, too),
  // and only a database lock orders them. Counts below are read after it, on what the other committed.
  if (
    phase &&
    phase.timing?.maxPostsPerMonth != null &&
    post.publishAt &&
    IN_PIPELINE_OR_COMMITTED.includes(String(post.status))
  ) {
    await lockRow({ collection: pluginSlugs({ payload: req.payload }).phases, id: phase.id, req })
  }
  // The same for a channel's monthly cap (a monthly newsletter): its posts count one save after the other.
  if (
    channel &&
    channel.maxPostsPerMonth != null &&
    post.publishAt &&
    IN_PIPELINE_OR_COMMITTED.includes(String(post.status))
  ) {
    await lockRow({ collection: pluginSlugs({ payload: req.payload }).channels, id: channel.id, req })
  }
  // The same for the month's mix, when its tolerance refuses: each approval counts what others committed.
  if (lockMix && target && post.publishAt && COMMITTED.includes(String(post.status))) {
    await lockPlan({ req })
  }
  const plan = planFacts({ stored: await line.plan(), defaultTimezone })
  // One query for all of the post's files, none when it has none (formatComplete).
  if (media !== undefined) post = { ...post, media: await loadMediaFacts({ req, ids: ids(media) }) }

  const counts: MonthCounts = { phaseInMonth: 0, committedInMonth: 0, groupCommittedInMonth: 0 }
  if (post.publishAt) {
    const { month } = localTime({ instant: post.publishAt, timezone: plan.timezone })
    const { start, end } = monthBounds({ month, timezone: plan.timezone })
    const group = targets
      .filter((doc) => target && doc.mixGroup === target.mixGroup)
      .map((doc) => doc.id as number | string)
    // Counted in the database, a busy month costing what an empty one does (indexes on status and
    // on phase, each with the date): the month's posts themselves are never loaded. One statement
    // on SQL databases for the three counts.
    const queries: Partial<Record<keyof MonthCounts, MonthCountQuery>> = {
      committedInMonth: { statuses: COMMITTED },
    }
    if (phase) queries.phaseInMonth = { statuses: IN_PIPELINE_OR_COMMITTED, phase: phase.id }
    if (channel && channel.maxPostsPerMonth != null)
      queries.channelInMonth = { statuses: IN_PIPELINE_OR_COMMITTED, channel: channel.id }
    if (group.length > 0) queries.groupCommittedInMonth = { statuses: COMMITTED, targets: group }
    Object.assign(counts, await countInMonth({ req, start, end, exclude: postId ?? undefined, queries }))
  }

  const facts = <T extends { target?: unknown; phase?: unknown }>(doc: null | T) =>
    doc && { ...doc, target: relationId(doc.target), phase: relationId(doc.phase) }
  return {
    post,
    target: target && { ...target, channels: ids(target.channels) },
    phase: phase && ({ ...facts(phase), channels: ids(phase.channels) } as PhaseFacts),
    channel,
    channels,
    message: facts(message) as MessageFacts | null,
    plan,
    counts,
    now,
    submitting,
  }
}
