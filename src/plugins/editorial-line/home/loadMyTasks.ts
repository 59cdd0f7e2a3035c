import type { PayloadRequest, TypedUser } from 'payload'

import { userHasRole } from '../access/hasRole.js'
import { REVIEWER_ROLES } from '../constants.js'
import { pluginSlugs } from '../options/pluginSettings.js'
import { relationId } from '../rules/relationId.js'
import { type MyTasks, myTasks, type TaskPost } from './myTasks.js'

/**
 * The home page's "My tasks" for `user` (see myTasks), from the posts in review or sent back (latest
 * versions, by slot) that the user may read.
 */
export const loadMyTasks = async ({
  req,
  user,
  now,
}: {
  req: PayloadRequest
  user: TypedUser
  now: Date
}): Promise<MyTasks> => {
  const { docs } = await req.payload.find({
    collection: pluginSlugs({ payload: req.payload }).posts,
    where: { status: { in: ['in_review', 'changes_requested'] } },
    sort: 'publishAt',
    draft: true,
    depth: 0,
    pagination: false,
    select: { title: true, status: true, publishAt: true, author: true, reviewer: true } as never,
    user,
    overrideAccess: false,
    req,
  })
  const posts = docs.map((doc): TaskPost => {
    const post = doc as unknown as Record<string, unknown>
    return {
      id: post.id as number | string,
      title: String(post.title ?? ''),
      status: post.status as TaskPost['status'],
      publishAt: typeof post.publishAt === 'string' ? post.publishAt : null,
      author: relationId(post.author),
      reviewer: relationId(post.reviewer),
    }
  })
  return myTasks({ posts, user: user.id, reviews: userHasRole({ user, roles: REVIEWER_ROLES }), now })
}
