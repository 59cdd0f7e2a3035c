import type { Access, Where } from 'payload'

import { loadPublicMediaIds } from './loadPublicMediaIds.js'

/**
 * The media an API consumer may read: those an approved or published post carries. Payload applies
 * this query to the file route too, matching the original's file name and each size's.
 */
export const mediaOfPublicPosts =
  ({ postsSlug }: { postsSlug: string }): Access =>
  async ({ req }): Promise<Where> => ({
    id: { in: await loadPublicMediaIds({ req, postsSlug }) },
  })
