import type { CollectionBeforeDeleteHook } from 'payload'

import { refusal } from '../http/refusal.js'
import { translate } from '../translations/index.js'
import { countPublicPostsUsingMedia } from './countPublicPostsUsingMedia.js'

/**
 * Refuses to delete a file that an approved or published post carries (HTTP 409, with the count):
 * what the publisher was promised stays there until the post is withdrawn.
 */
export const refuseDeletingPublicMedia =
  ({ postsSlug }: { postsSlug: string }): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const count = await countPublicPostsUsingMedia({ req, postsSlug, id })
    if (count > 0) {
      throw refusal({
        message: translate({ key: 'mediaInUse', t: req.t, vars: { count } }),
        status: 409,
        data: { code: 'mediaInUse', count },
      })
    }
  }
