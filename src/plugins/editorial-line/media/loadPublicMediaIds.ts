import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { approvedPosts } from '../access/approvedPosts.js'
import { PUBLIC_POST_STATUSES } from '../constants.js'
import { loadDrizzle } from '../db/loadDrizzle.js'
import { sqlTable } from '../db/sqlTable.js'
import { pluginSlugs } from '../options/pluginSettings.js'

/** The media a post carries: its `media` field, stored in its relationships' table under this path. */
const MEDIA_PATH = 'media'

/**
 * The ids of the media that approved or published posts (as last approved) carry. On SQL databases one
 * statement that returns only those ids: reading the posts through Payload made every anonymous request
 * that touches media (the login page's access check included) read every public post, about 150 s
 * with 100,000 posts (`npm run bench -- --admin`).
 */
export const loadPublicMediaIds = async ({
  req,
  postsSlug,
}: {
  req: PayloadRequest
  postsSlug: string
}): Promise<(number | string)[]> => {
  const drizzle = await loadDrizzle({ payload: req.payload })
  const posts = drizzle && sqlTable({ req, collection: postsSlug })
  const rels = posts ? posts.relations() : null
  const [id, status, versionStatus] = ['id', 'status', '_status'].map((field) => posts?.column(field))
  const [parent, path, media] = ['parent', 'path', `${pluginSlugs({ payload: req.payload }).media}ID`].map(
    (column) => rels?.column(column),
  )
  if (drizzle && posts && rels && id && status && versionStatus && parent && path && media) {
    const { and, eq, inArray, isNotNull, sql } = drizzle
    const rows = await posts.run(
      sql`SELECT DISTINCT ${media} AS ${sql.identifier('media')} FROM ${rels.table} JOIN ${posts.table} ON ${eq(id, parent)} WHERE ${and(
        eq(path, MEDIA_PATH),
        isNotNull(media),
        inArray(status, [...PUBLIC_POST_STATUSES]),
        eq(versionStatus, 'published'),
      )}`,
    )
    return rows.map((row) => row.media as number | string)
  }
  // MongoDB: through Payload, the media field alone.
  const { docs } = await req.payload.find({
    collection: postsSlug as CollectionSlug,
    where: approvedPosts({ req }) as Where,
    select: { [MEDIA_PATH]: true } as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = new Set<number | string>()
  for (const post of docs as Record<string, unknown>[]) {
    const items = post[MEDIA_PATH]
    for (const item of Array.isArray(items) ? items : []) {
      const found = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : item
      if (typeof found === 'number' || typeof found === 'string') ids.add(found)
    }
  }
  return [...ids]
}
