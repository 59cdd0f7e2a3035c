import type { PayloadRequest } from 'payload'

import type { PluginSlugs } from '../options/slugs.js'

import type { Id } from '../rules/types.js'

import { PUBLIC_POST_STATUSES } from '../constants.js'

/** How many of a post's versions went through review (approved or published). */
export const countApprovedVersions = async ({
  req,
  collection,
  post,
}: {
  req: PayloadRequest
  collection: PluginSlugs['posts']
  post: Id
}) =>
  (
    await req.payload.countVersions({
      collection,
      where: { and: [{ parent: { equals: post } }, { 'version.status': { in: [...PUBLIC_POST_STATUSES] } }] },
      req,
    })
  ).totalDocs
