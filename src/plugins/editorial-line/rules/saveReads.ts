import type { PayloadRequest, RequestContext } from 'payload'

import type { ChannelFacts, MessageFacts, PhaseFacts, TargetFacts } from './types.js'

import { relationId } from './relationId.js'
import type { PluginSlugs } from '../options/slugs.js'
import { pluginSlugs } from '../options/pluginSettings.js'

/** The editorial line's documents and plan one save of a post reads, each read at most once. */
export type SaveReads = {
  targets: () => Promise<TargetFacts[]>
  phase: (id: unknown) => Promise<null | PhaseFacts>
  message: (id: unknown) => Promise<MessageFacts | null>
  /** Every channel, in their order: the line has a handful, read once for the rules and the default. */
  channels: () => Promise<ChannelFacts[]>
  /** The editorial plan as stored (its timezone, mix rows, active clients, tolerance). */
  plan: () => Promise<Record<string, unknown>>
}

// Copy rules (issue #28) are read with the line: no extra query per save.
const TARGET_SELECT = {
  name: true,
  mixGroup: true,
  timing: true,
  gate: true,
  channels: true,
  copyRules: true,
} as const
const PHASE_SELECT = {
  name: true,
  target: true,
  key: true,
  months: true,
  formats: true,
  timing: true,
  channels: true,
  copyRules: true,
} as const
const CHANNEL_SELECT = {
  name: true,
  slug: true,
  active: true,
  maxLength: true,
  formats: true,
  timing: true,
  maxPostsPerMonth: true,
  formatRequirements: true,
} as const
const MESSAGE_SELECT = { phase: true, status: true, text: true } as const
const PLAN_SELECT = {
  startMonth: true,
  timezone: true,
  activeClients: true,
  mixTolerance: true,
  mix: true,
  copyRules: true,
} as const

/**
 * Reads straight from the database (these reads are the plugin's own, and every save of a post makes
 * them), remembering each answer: the existence checks of the input guard, the default of
 * `publishAt_tz` and the rule context then share one read of the targets, phase, message and plan.
 */
export const createSaveReads = ({ req }: { req: PayloadRequest }): SaveReads => {
  const { db } = req.payload
  const slugs = pluginSlugs({ payload: req.payload })
  let targets: Promise<TargetFacts[]> | undefined
  let channels: Promise<ChannelFacts[]> | undefined
  let plan: Promise<Record<string, unknown>> | undefined
  const byId = new Map<string, Promise<unknown>>()
  const one = <T>(
    collection: PluginSlugs['messages' | 'phases'],
    id: unknown,
    select: Record<string, true>,
  ) => {
    const key = relationId(id)
    if (key == null) return Promise.resolve(null)
    const cacheKey = `${collection}:${String(key)}`
    if (!byId.has(cacheKey))
      byId.set(cacheKey, db.findOne({ collection, where: { id: { equals: key } }, select, req }))
    return byId.get(cacheKey) as Promise<null | T>
  }
  return {
    targets: () =>
      (targets ??= db
        .find({ collection: slugs.targets, select: TARGET_SELECT, limit: 0, pagination: false, req })
        .then((result) => result.docs as unknown as TargetFacts[])),
    channels: () =>
      (channels ??= db
        .find({
          collection: slugs.channels,
          select: CHANNEL_SELECT,
          sort: 'createdAt',
          limit: 0,
          pagination: false,
          req,
        })
        .then((result) => result.docs as unknown as ChannelFacts[])),
    phase: (id) => one<PhaseFacts>(slugs.phases, id, PHASE_SELECT),
    message: (id) => one<MessageFacts>(slugs.messages, id, MESSAGE_SELECT),
    plan: () =>
      (plan ??= db
        .findGlobal({ slug: slugs.editorialPlan, select: PLAN_SELECT, req })
        .then((stored) => (stored ?? {}) as Record<string, unknown>)),
  }
}

const KEY = 'editorialLineSaveReads'

const readsOf = (context: RequestContext) => (context[KEY] ??= {}) as Record<string, SaveReads | undefined>

/**
 * Starts a save's reads (`key`: the post id, or `create`), replacing any earlier save's with the same
 * key: a script that creates a target and then a post on one request must not get the old answers.
 */
export const startSaveReads = ({
  context,
  collection,
  key,
  req,
}: {
  context: RequestContext
  collection: string
  key: string
  req: PayloadRequest
}) => {
  readsOf(context)[`${collection}:${key}`] = createSaveReads({ req })
}

/** The reads of the save under way, if its `beforeOperation` started them (saves of posts only). */
export const saveReadsOf = ({
  context,
  collection,
  key,
}: {
  context: RequestContext
  collection: string
  key: string
}) => readsOf(context)[`${collection}:${key}`]
