import type { PayloadRequest } from 'payload'

import type { SaveReads } from '../rules/saveReads.js'

import { loadPlan } from '../line/loadPlan.js'
import { pluginSettings, pluginSlugs } from '../options/pluginSettings.js'
import { relationId } from '../rules/relationId.js'
import { localTime } from '../time/localTime.js'
import { usableTimezone } from '../time/usableTimezone.js'

/**
 * A post's target and phase by name, and its slot as the plan's timezone shows it. Within a save, from
 * the save's own reads (`reads`: the rules read the targets, the phase and the plan already); a
 * post's save changes none of them.
 */
export const loadPostFacts = async ({
  req,
  post,
  reads,
}: {
  req: PayloadRequest
  post: Record<string, unknown>
  reads?: SaveReads
}): Promise<{ target: null | string; phase: null | string; slot: null | string }> => {
  const slugs = pluginSlugs({ payload: req.payload })
  const nameOf = async (collection: string, value: unknown) => {
    const id = relationId(value)
    if (id === null) return null
    if (reads && collection === slugs.targets)
      return (await reads.targets()).find((target) => String(target.id) === String(id))?.name ?? null
    if (reads && collection === slugs.phases) return (await reads.phase(id))?.name ?? null
    const doc = await req.payload.findByID({
      collection: collection as 'users',
      id,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
    })
    return ((doc as { name?: unknown } | null)?.name as string | undefined) ?? null
  }
  const timezoneOf = async () => {
    if (!reads) return (await loadPlan({ req })).timezone
    return usableTimezone({
      timezone: (await reads.plan()).timezone,
      fallback: pluginSettings({ payload: req.payload }).timezone,
    })
  }
  const publishAt = typeof post.publishAt === 'string' ? post.publishAt : null
  const [target, phase, timezone] = await Promise.all([
    nameOf(slugs.targets, post.target),
    nameOf(slugs.phases, post.phase),
    publishAt ? timezoneOf() : null,
  ])
  const slot =
    publishAt && timezone ? `${localTime({ instant: publishAt, timezone }).display} (${timezone})` : null
  return { target, phase, slot }
}
