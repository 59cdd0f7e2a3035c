import type { Payload } from 'payload'

import type { MixGroup } from '../constants.js'
import type { Id } from '../rules/types.js'
import { pluginSlugs } from '../options/pluginSettings.js'

/**
 * A target's mix group, as the post form's mix hint needs it; `null` when there is no such target.
 * Read over the whole line (the Local API's default access), as the hint has always read it.
 */
export const loadTargetGroup = async ({
  payload,
  id,
}: {
  payload: Payload
  id: Id
}): Promise<null | { mixGroup: MixGroup }> => {
  const target = await payload.findByID({
    collection: pluginSlugs({ payload }).targets,
    id,
    depth: 0,
    disableErrors: true,
  })
  return target ? { mixGroup: target.mixGroup as MixGroup } : null
}
