import type { ServerProps } from 'payload'

import React from 'react'

import { userHasRole } from '../../access/hasRole.js'
import { countReviewQueue } from '../countReviewQueue.js'
import { STAFF_ROLES } from '../../constants.js'
import { translate } from '../../translations/index.js'
import '../../admin/editorialLine.css'
import { pluginSlugs } from '../../options/pluginSettings.js'

/** The review queue: the posts list filtered on `in_review`, oldest first, and how many wait. */
export const reviewQueuePath = ({ posts }: { posts: string }) =>
  `/collections/${posts}?where[status][equals]=in_review&sort=createdAt&limit=50`

/** "Review queue (3)" in the admin navigation, for the editorial team. */
export const ReviewQueueLink = async ({ i18n, payload, user }: ServerProps) => {
  if (!userHasRole({ user, roles: STAFF_ROLES })) return null
  const totalDocs = await countReviewQueue({ payload, user })
  return (
    <a
      className="nav__link el-nav-link"
      data-review-queue={totalDocs}
      href={`${payload.config.routes.admin}${reviewQueuePath({ posts: pluginSlugs({ payload }).posts })}`}
      id="nav-editorial-review-queue"
    >
      {translate({ key: 'reviewQueue', t: i18n.t, vars: { count: totalDocs } })}
    </a>
  )
}
