import type { Access, Where } from 'payload'

import { loadPublicMediaIds } from './loadPublicMediaIds.js'

/** Where a request keeps the ids it loaded: a post read at depth 1 checks each of its media. */
const CACHE = 'editorialLinePublicMediaIds'

/**
 * The media an API consumer may read: those an approved or published post carries. Payload applies
 * this query to the file route too, matching the original's file name and each size's.
 */
export const mediaOfPublicPosts =
  ({ postsSlug }: { postsSlug: string }): Access =>
  async ({ req }): Promise<Where> => {
    const cached = req.context[CACHE] as Promise<(number | string)[]> | undefined
    const ids = cached ?? loadPublicMediaIds({ req, postsSlug })
    req.context[CACHE] = ids
    return { id: { in: await ids } }
  }
