import type { PayloadRequest } from 'payload'

import type { DigestPost } from './planDigests.js'

import { pluginSlugs } from '../options/pluginSettings.js'
import { relationId } from '../rules/relationId.js'

/**
 * For the weekly digest (latest versions): the posts whose slot falls in [`from`, `to`), by slot, and
 * every post waiting on someone (in review or sent back), whatever its week.
 */
export const loadDigestPosts = async ({
  req,
  from,
  to,
}: {
  req: PayloadRequest
  from: string
  to: string
}): Promise<{ week: DigestPost[]; pending: DigestPost[] }> => {
  const find = async (where: object, sort: string) =>
    (
      await req.payload.find({
        collection: pluginSlugs({ payload: req.payload }).posts,
        where: where as never,
        sort,
        draft: true,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { title: true, status: true, publishAt: true, author: true, reviewer: true } as never,
        req,
      })
    ).docs.map((doc): DigestPost => {
      const post = doc as unknown as Record<string, unknown>
      return {
        id: post.id as number | string,
        title: String(post.title ?? ''),
        status: post.status as DigestPost['status'],
        publishAt: typeof post.publishAt === 'string' ? post.publishAt : null,
        author: relationId(post.author),
        reviewer: relationId(post.reviewer),
      }
    })
  const [week, pending] = await Promise.all([
    find(
      { and: [{ publishAt: { greater_than_equal: from } }, { publishAt: { less_than: to } }] },
      'publishAt',
    ),
    find({ status: { in: ['in_review', 'changes_requested'] } }, 'publishAt'),
  ])
  return { week, pending }
}
