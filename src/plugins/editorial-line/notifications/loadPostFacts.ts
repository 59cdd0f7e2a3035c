import type { PayloadRequest } from 'payload'

import { loadPlan } from '../line/loadPlan.js'
import { pluginSlugs } from '../options/pluginSettings.js'
import { relationId } from '../rules/relationId.js'
import { localTime } from '../time/localTime.js'

/** A post's target and phase by name, and its slot as the plan's timezone shows it. */
export const loadPostFacts = async ({
  req,
  post,
}: {
  req: PayloadRequest
  post: Record<string, unknown>
}): Promise<{ target: null | string; phase: null | string; slot: null | string }> => {
  const slugs = pluginSlugs({ payload: req.payload })
  const nameOf = async (collection: string, value: unknown) => {
    const id = relationId(value)
    if (id === null) return null
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
  const publishAt = typeof post.publishAt === 'string' ? post.publishAt : null
  const [target, phase, plan] = await Promise.all([
    nameOf(slugs.targets, post.target),
    nameOf(slugs.phases, post.phase),
    publishAt ? loadPlan({ req }) : null,
  ])
  const slot =
    publishAt && plan
      ? `${localTime({ instant: publishAt, timezone: plan.timezone }).display} (${plan.timezone})`
      : null
  return { target, phase, slot }
}
