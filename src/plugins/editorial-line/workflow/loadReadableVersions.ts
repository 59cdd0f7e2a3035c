import type { Payload, TypedUser } from 'payload'

import type { Id } from '../rules/types.js'
import { pluginSlugs } from '../options/pluginSettings.js'

/**
 * A post as `user` may read it: its latest version (the one being edited) and the version API
 * consumers get; each `null` when there is none the user may read.
 */
export const loadReadableVersions = async ({
  payload,
  user,
  id,
}: {
  payload: Payload
  user: TypedUser
  id: Id
}) => {
  const read = (draft: boolean) =>
    payload.findByID({
      collection: pluginSlugs({ payload }).posts,
      id,
      draft,
      depth: 0,
      user,
      overrideAccess: false,
      disableErrors: true,
    })
  const [latest, live] = await Promise.all([read(true), read(false)])
  return { latest, live }
}
