import type { ServerProps } from 'payload'

import React from 'react'

import { userHasRole } from '../../access/hasRole.js'
import { countReviewQueue } from '../countReviewQueue.js'
import { REVIEWER_ROLES, STAFF_ROLES } from '../../constants.js'
import { loadAssignedReviews } from '../loadAssignedReviews.js'
import { translate } from '../../translations/index.js'
import '../../admin/editorialLine.css'
import { pluginSlugs } from '../../options/pluginSettings.js'
import { loadFailedEmails } from '../../notifications/loadFailedEmails.js'

/** The review queue: the posts list filtered on `in_review`, oldest first, and how many wait. */
export const reviewQueuePath = ({ posts }: { posts: string }) =>
  `/collections/${posts}?where[status][equals]=in_review&sort=createdAt&limit=50`

/** The posts in review whose named reviewer is `user`. */
export const assignedQueuePath = ({ posts, user }: { posts: string; user: number | string }) =>
  `/collections/${posts}?where[status][equals]=in_review&where[reviewer][equals]=${user}&sort=createdAt&limit=50`

/**
 * "Review queue (3)" in the admin navigation, for the editorial team; "Assigned to me (1)" for
 * reviewers; "Emails not sent (2)" for admins when the queue gave up on messages (listed on the home page).
 */
export const ReviewQueueLink = async ({ i18n, payload, user }: ServerProps) => {
  if (!userHasRole({ user, roles: STAFF_ROLES })) return null
  const totalDocs = await countReviewQueue({ payload, user })
  const posts = pluginSlugs({ payload }).posts
  const assigned =
    user && userHasRole({ user, roles: REVIEWER_ROLES }) ? await loadAssignedReviews({ payload, user }) : null
  const failed = userHasRole({ user, roles: ['admin'] }) ? await loadFailedEmails({ payload }) : null
  return (
    <>
      <a
        className="nav__link el-nav-link"
        data-review-queue={totalDocs}
        href={`${payload.config.routes.admin}${reviewQueuePath({ posts })}`}
        id="nav-editorial-review-queue"
      >
        {translate({ key: 'reviewQueue', t: i18n.t, vars: { count: totalDocs } })}
      </a>
      {assigned && user && (
        <a
          className="nav__link el-nav-link"
          data-assigned-to-me={assigned.total}
          href={`${payload.config.routes.admin}${assignedQueuePath({ posts, user: user.id })}`}
          id="nav-editorial-assigned-to-me"
        >
          {translate({ key: 'assignedToMe', t: i18n.t, vars: { count: assigned.total } })}
        </a>
      )}
      {failed && failed.total > 0 && (
        <a
          className="nav__link el-nav-link"
          data-failed-emails={failed.total}
          href={`${payload.config.routes.admin}#home-failed`}
          id="nav-editorial-failed-emails"
        >
          {translate({ key: 'failedEmails', t: i18n.t, vars: { count: failed.total } })}
        </a>
      )}
    </>
  )
}
