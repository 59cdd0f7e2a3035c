import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { NotificationLanguage } from './notificationKinds.js'

import { loadPlan } from '../line/loadPlan.js'
import { pluginSettings } from '../options/pluginSettings.js'
import { localTime } from '../time/localTime.js'
import { adminOrigin } from './adminOrigin.js'
import { composeDigest, type DigestLine } from './composeDigest.js'
import { digestWeek } from './digestWeek.js'
import { loadDigestPosts } from './loadDigestPosts.js'
import { loadNotificationPeople } from './loadNotificationPeople.js'
import { NOTICES_SLUG, SEND_EMAIL_TASK } from './notificationKinds.js'
import { type DigestPost, planDigests } from './planDigests.js'

/**
 * The weekly digest when it is due at `now` (see digestWeek): one message per person (see
 * planDigests), each recorded under a unique key (`digest:<monday>:<person>`) in the transaction that
 * queues it, so that every sweep of the day, on every server, sends each person's digest once.
 * Returns the people it was queued for.
 */
export const sendDigests = async ({ payload, now }: { payload: Payload; now: Date }) => {
  const listReq = await createLocalReq({}, payload)
  const plan = await loadPlan({ req: listReq })
  const week = digestWeek({ now, timezone: plan.timezone })
  if (!week) return []
  const { slugs, defaultLanguage } = pluginSettings({ payload })
  const [posts, people] = await Promise.all([
    loadDigestPosts({ req: listReq, ...week }),
    loadNotificationPeople({ req: listReq }),
  ])
  const { serverURL, routes } = payload.config
  const line = (post: DigestPost): DigestLine => ({
    title: post.title,
    status: post.status,
    slot: post.publishAt ? localTime({ instant: post.publishAt, timezone: plan.timezone }).display : null,
    link: `${adminOrigin({ serverURL })}${routes.admin}/collections/${slugs.posts}/${String(post.id)}`,
  })
  const weekLines = posts.week.map(line)
  const mondayShown = localTime({ instant: week.from, timezone: plan.timezone }).display.slice(0, 10)
  const sent: (number | string)[] = []
  for (const { recipient, waiting } of planDigests({
    people,
    pending: posts.pending,
    defaultLanguage: defaultLanguage as NotificationLanguage,
  })) {
    const req = await createLocalReq({}, payload)
    try {
      await initTransaction(req)
      await payload.create({
        collection: NOTICES_SLUG as never,
        data: { key: `digest:${week.monday}:${recipient.id}` } as never,
        overrideAccess: true,
        req,
      })
      const message = composeDigest({
        language: recipient.language,
        week: mondayShown,
        posts: weekLines,
        waiting: waiting.map(({ post, reason }) => ({ ...line(post), reason })),
      })
      await payload.jobs.queue({
        task: SEND_EMAIL_TASK as never,
        input: { to: recipient.email, ...message, key: randomUUID() } as never,
        req,
      })
      await commitTransaction(req)
      sent.push(recipient.id)
    } catch (error) {
      // Already queued by an earlier sweep or another server (the unique key).
      await killTransaction(req)
      const sentAlready = (error as { data?: { errors?: { path?: string }[] } }).data?.errors?.some(
        (problem) => problem.path === 'key',
      )
      if (!sentAlready)
        payload.logger.warn({ err: error, msg: `editorialLine: weekly digest to ${String(recipient.id)}` })
    }
  }
  return sent
}
