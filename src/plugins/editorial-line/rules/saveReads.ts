import type { PayloadRequest, RequestContext } from 'payload'

import type { ChannelFacts, MessageFacts, PhaseFacts, TargetFacts } from './types.js'

import type { Person } from '../notifications/chooseRecipients.js'

import { loadTableStamps } from '../db/loadTableStamps.js'
import { loadNotificationPeople } from '../notifications/loadNotificationPeople.js'
import { relationId } from './relationId.js'
import type { PluginSlugs } from '../options/slugs.js'
import { pluginSettings, pluginSlugs } from '../options/pluginSettings.js'

/** The editorial line's documents and plan one save of a post reads, each read at most once. */
export type SaveReads = {
  targets: () => Promise<TargetFacts[]>
  phase: (id: unknown) => Promise<null | PhaseFacts>
  message: (id: unknown) => Promise<MessageFacts | null>
  /** Every channel, in their order: the line has a handful, read once for the rules and the default. */
  channels: () => Promise<ChannelFacts[]>
  /** The editorial plan as stored (its timezone, mix rows, active clients, tolerance). */
  plan: () => Promise<Record<string, unknown>>
  /** Everyone a change of status may be told to (the users, with their roles and choices). */
  people: () => Promise<Person[]>
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

/** What saves of one Payload instance read of the line, filed under the line's fingerprint when read. */
type LineReads = {
  stamp: string
  targets?: Promise<TargetFacts[]>
  channels?: Promise<ChannelFacts[]>
  plan?: Promise<Record<string, unknown>>
  byId: Map<string, Promise<unknown>>
}

/** One per Payload instance (a process may run several: tests, the bench). */
const remembered = new WeakMap<object, LineReads>()
/** The people to notify, filed under the users table's fingerprint, one list per Payload instance. */
const rememberedPeople = new WeakMap<object, { stamp: string; people: Promise<Person[]> }>()

/**
 * Reads straight from the database (these reads are the plugin's own, and every save of a post makes
 * them), remembering each answer: the existence checks of the input guard, the default of
 * `publishAt_tz`, the rule context and the notification then share one read of the targets, phase,
 * message, channels and plan.
 *
 * Across saves, too: the line changes seldom and every save reads it, so a save first reads the line's
 * fingerprint (`loadTableStamps`: one statement) and reuses what an earlier save read under the same
 * fingerprint, in this process. Any write to a target, phase, message, channel or the plan changes the
 * fingerprint (on any server: it is read from the database, in the save's transaction), and the next
 * save reads the line again. Without a fingerprint (MongoDB) each save reads the line itself.
 *
 * The same statement fingerprints the users, whose list a submission's notification needs: it is read
 * again only after a user was created, saved or deleted (so the host's `isAdmin` must depend on the
 * user's document alone, as documented).
 */
export const createSaveReads = ({ req }: { req: PayloadRequest }): SaveReads => {
  const { db } = req.payload
  const slugs = pluginSlugs({ payload: req.payload })
  const usersSlug = pluginSettings({ payload: req.payload }).usersSlug
  const lineSlugs = [slugs.targets, slugs.phases, slugs.messages, slugs.channels, slugs.editorialPlan]
  let stamps: Promise<null | Record<string, null | string>> | undefined
  const stampsOf = () => (stamps ??= loadTableStamps({ req, collections: [...lineSlugs, usersSlug] }))
  let current: Promise<LineReads> | undefined
  const line = () =>
    (current ??= stampsOf().then((found) => {
      const parts = lineSlugs.map((slug) => found?.[slug] ?? null)
      const stamp = parts.includes(null) ? null : JSON.stringify(parts)
      const fresh: LineReads = { stamp: stamp ?? '', byId: new Map() }
      if (stamp === null) return fresh
      const known = remembered.get(req.payload)
      if (known?.stamp === stamp) return known
      remembered.set(req.payload, fresh)
      return fresh
    }))
  /** A read kept for later saves only if it succeeds (a failed one is tried again by the next). */
  const kept = <T>(reads: LineReads, read: () => Promise<T>, forget: () => void) => {
    const promise = read()
    promise.catch(() => {
      if (remembered.get(req.payload) === reads) forget()
    })
    return promise
  }
  const one = async <T>(
    collection: PluginSlugs['messages' | 'phases'],
    id: unknown,
    select: Record<string, true>,
  ) => {
    const key = relationId(id)
    if (key == null) return null
    const reads = await line()
    const cacheKey = `${collection}:${String(key)}`
    if (!reads.byId.has(cacheKey))
      reads.byId.set(
        cacheKey,
        kept(
          reads,
          () => db.findOne({ collection, where: { id: { equals: key } }, select, req }),
          () => reads.byId.delete(cacheKey),
        ),
      )
    return reads.byId.get(cacheKey) as Promise<null | T>
  }
  return {
    targets: async () => {
      const reads = await line()
      return (reads.targets ??= kept(
        reads,
        () =>
          db
            .find({ collection: slugs.targets, select: TARGET_SELECT, limit: 0, pagination: false, req })
            .then((result) => result.docs as unknown as TargetFacts[]),
        () => (reads.targets = undefined),
      ))
    },
    channels: async () => {
      const reads = await line()
      return (reads.channels ??= kept(
        reads,
        () =>
          db
            .find({
              collection: slugs.channels,
              select: CHANNEL_SELECT,
              sort: 'createdAt',
              limit: 0,
              pagination: false,
              req,
            })
            .then((result) => result.docs as unknown as ChannelFacts[]),
        () => (reads.channels = undefined),
      ))
    },
    phase: (id) => one<PhaseFacts>(slugs.phases, id, PHASE_SELECT),
    message: (id) => one<MessageFacts>(slugs.messages, id, MESSAGE_SELECT),
    plan: async () => {
      const reads = await line()
      return (reads.plan ??= kept(
        reads,
        () =>
          db
            .findGlobal({ slug: slugs.editorialPlan, select: PLAN_SELECT, req })
            .then((stored) => (stored ?? {}) as Record<string, unknown>),
        () => (reads.plan = undefined),
      ))
    },
    people: async () => {
      const stamp = (await stampsOf())?.[usersSlug] ?? null
      if (stamp === null) return loadNotificationPeople({ req })
      const known = rememberedPeople.get(req.payload)
      if (known?.stamp === stamp) return known.people
      const people = loadNotificationPeople({ req })
      rememberedPeople.set(req.payload, { stamp, people })
      // A failed read is not kept: the next submission reads the users again.
      people.catch(() => {
        if (rememberedPeople.get(req.payload)?.people === people) rememberedPeople.delete(req.payload)
      })
      return people
    },
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
