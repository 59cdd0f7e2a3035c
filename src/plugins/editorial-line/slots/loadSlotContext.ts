import type { PayloadRequest } from 'payload'

import type { MixGroup } from '../constants.js'
import type { ChannelFacts, Id, MessageFacts, PhaseFacts, PlanFacts, TargetFacts } from '../rules/types.js'

import { defaultChannel } from '../rules/defaultChannel.js'

import { parseIsoDate } from '../time/parseIsoDate.js'
import { relationId } from '../rules/relationId.js'
import { planFacts } from '../line/planFacts.js'
import { pluginSlugs } from '../options/pluginSettings.js'

export type SlotContext = {
  target: TargetFacts
  phase: PhaseFacts
  message: MessageFacts | null
  plan: PlanFacts
  /** `from`, read in the plan timezone. */
  from: Date | null
  /** The targets of the target's mix group (the target among them). */
  groupTargets: Id[]
  /** The post's channel: the one asked for, else the first its phase allows. */
  channel: ChannelFacts | null
  channels: ChannelFacts[]
}

export type SlotContextProblem = {
  problem: 'unknownChannel' | 'unknownMessage' | 'unknownPhase' | 'unknownTarget'
}

/**
 * What the slot finder needs before it searches, in four queries: the plan, every target (for the
 * mix groups), the phase and the message. The months it searches are read one at a time
 * (`loadSlotMonth`), as the search asks for them.
 * It reads without access control: call it only once the caller is known to be of the editorial team.
 * `from` must be a valid ISO date (see `parseIsoDate`).
 */
export const loadSlotContext = async ({
  req,
  target: targetId,
  phase: phaseId,
  message: messageId,
  channel: channelId,
  from,
  defaultTimezone,
}: {
  req: PayloadRequest
  target: Id
  phase: Id
  message?: Id | null
  channel?: Id | null
  from?: string
  defaultTimezone: string
}): Promise<SlotContext | SlotContextProblem> => {
  const { payload } = req
  const read = { depth: 0, overrideAccess: true, req } as const

  const stored = await payload.findGlobal({ slug: pluginSlugs({ payload }).editorialPlan, ...read })
  const plan = planFacts({ stored, defaultTimezone })

  const targets = await payload.find({
    collection: pluginSlugs({ payload }).targets,
    select: { name: true, mixGroup: true, timing: true, gate: true, channels: true },
    limit: 0,
    pagination: false,
    ...read,
  })
  const target = targets.docs.find((doc) => String(doc.id) === String(targetId)) as TargetFacts | undefined
  if (!target) return { problem: 'unknownTarget' }

  const phase = await payload.findByID({
    collection: pluginSlugs({ payload }).phases,
    id: phaseId,
    select: { name: true, target: true, key: true, months: true, formats: true, timing: true, channels: true },
    disableErrors: true,
    ...read,
  })
  if (!phase) return { problem: 'unknownPhase' }

  let message: MessageFacts | null = null
  if (messageId != null) {
    const found = await payload.findByID({
      collection: pluginSlugs({ payload }).messages,
      id: messageId,
      select: { phase: true, status: true, text: true },
      disableErrors: true,
      ...read,
    })
    if (!found) return { problem: 'unknownMessage' }
    message = { ...found, phase: relationId(found.phase)! } as MessageFacts
  }

  const channels = (
    await payload.find({
      collection: pluginSlugs({ payload }).channels,
      sort: 'createdAt',
      limit: 0,
      pagination: false,
      ...read,
    })
  ).docs as unknown as ChannelFacts[]
  const ids = (value: unknown): Id[] =>
    Array.isArray(value) ? value.flatMap((item) => (relationId(item) == null ? [] : [relationId(item)!])) : []
  const targetFacts = { ...target, channels: ids(target.channels) } as TargetFacts
  const phaseFacts = { ...phase, target: relationId(phase.target)!, channels: ids(phase.channels) } as PhaseFacts
  let channel: ChannelFacts | null
  if (channelId != null) {
    channel = channels.find((doc) => String(doc.id) === String(channelId)) ?? null
    if (!channel) return { problem: 'unknownChannel' }
  } else {
    channel = defaultChannel({ channels, target: targetFacts, phase: phaseFacts })
  }

  const fromDate = from === undefined ? null : parseIsoDate({ value: from, timezone: plan.timezone })
  const group = (target as { mixGroup?: MixGroup }).mixGroup
  const groupTargets = targets.docs
    .filter((doc) => (doc as { mixGroup?: MixGroup }).mixGroup === group)
    .map((doc) => doc.id as Id)

  return {
    target: targetFacts,
    phase: phaseFacts,
    message,
    plan,
    from: fromDate,
    groupTargets,
    channel,
    channels,
  }
}
