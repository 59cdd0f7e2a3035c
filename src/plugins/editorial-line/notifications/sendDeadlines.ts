import type { Payload } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { pluginSettings } from '../options/pluginSettings.js'
import { translate } from '../translations/index.js'
import { dueDeadlines } from './dueDeadlines.js'
import { loadDeadlinePosts } from './loadDeadlinePosts.js'
import { NOTICES_SLUG } from './notificationKinds.js'
import { queueMessages } from './queueMessages.js'
import { SLOT_PASSED_CONTEXT } from './queueNotifications.js'

const HOUR_MS = 3_600_000

/**
 * What the clock calls for at `now` (see dueDeadlines), each deadline in a transaction of its own:
 * a post whose slot came while in review is sent back (`changes_requested`, the review log saying why,
 * by no one) and its author told; reminders and overdue warnings are recorded once (a unique key) and
 * queued with that record. Returns the deadlines acted on.
 */
export const sendDeadlines = async ({ payload, now }: { payload: Payload; now: Date }) => {
  const { notifications, slugs } = pluginSettings({ payload })
  const until = new Date(now.getTime() + notifications.reminderHours * HOUR_MS)
  const listReq = await createLocalReq({}, payload)
  const posts = await loadDeadlinePosts({ req: listReq, now, until })
  const deadlines = dueDeadlines({ posts, now, ...notifications })
  const done: typeof deadlines = []
  for (const deadline of deadlines) {
    const post = posts.find((candidate) => String(candidate.id) === String(deadline.post))!
    const req = await createLocalReq({}, payload)
    try {
      await initTransaction(req)
      if (deadline.kind === 'slotPassed') {
        await payload.update({
          collection: slugs.posts,
          id: post.id,
          data: {
            status: 'changes_requested',
            reviewComment: translate({ key: 'deadlineSlotPassed', t: req.t }),
          },
          overrideAccess: true,
          context: { [SLOT_PASSED_CONTEXT]: true },
          req,
        })
      } else {
        await payload.create({
          collection: NOTICES_SLUG as never,
          data: { key: `${post.id}:${deadline.kind}:${deadline.slot}` } as never,
          overrideAccess: true,
          req,
        })
        await queueMessages({ req, kind: deadline.kind, post })
      }
      await commitTransaction(req)
      done.push(deadline)
    } catch (error) {
      // Already sent by an earlier sweep or another server (the unique key), or the post moved on.
      await killTransaction(req)
      const sentAlready = (error as { data?: { errors?: { path?: string }[] } }).data?.errors?.some(
        (problem) => problem.path === 'key',
      )
      if (!sentAlready)
        payload.logger.warn({
          err: error,
          msg: `editorialLine: deadline ${deadline.kind} of post ${post.id}`,
        })
    }
  }
  return done
}
