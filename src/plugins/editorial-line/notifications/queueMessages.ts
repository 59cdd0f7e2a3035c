import { randomUUID } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import type { NotificationLanguage, PostNotificationKind } from './notificationKinds.js'
import type { SaveReads } from '../rules/saveReads.js'

import { pluginSettings } from '../options/pluginSettings.js'
import { relationId } from '../rules/relationId.js'
import { adminOrigin } from './adminOrigin.js'
import { chooseRecipients } from './chooseRecipients.js'
import { composeMessage } from './composeMessage.js'
import { loadNotificationPeople } from './loadNotificationPeople.js'
import { loadPostFacts } from './loadPostFacts.js'
import { SEND_EMAIL_TASK } from './notificationKinds.js'

/**
 * Queues one message of `kind` about `post` per recipient, as jobs written with `req`: inside its
 * transaction when it has one, so that the messages go out only if the change that calls for them
 * is kept. Returns how many were queued.
 */
export const queueMessages = async ({
  req,
  kind,
  post,
  comment = null,
  reads,
}: {
  req: PayloadRequest
  kind: PostNotificationKind
  post: Record<string, unknown>
  comment?: null | string
  /** The reads of the save that calls for the messages, when one does: its names, plan and people. */
  reads?: SaveReads
}): Promise<number> => {
  const { slugs, defaultLanguage } = pluginSettings({ payload: req.payload })
  const recipients = chooseRecipients({
    kind,
    // A save's reads keep the list while no user changes (saveReads); other callers read it.
    people: reads ? await reads.people() : await loadNotificationPeople({ req }),
    author: relationId(post.author),
    reviewer: relationId(post.reviewer),
    defaultLanguage: defaultLanguage as NotificationLanguage,
  })
  if (recipients.length === 0) return 0

  const facts = await loadPostFacts({ req, post, reads })
  const { serverURL, routes } = req.payload.config
  const link = `${adminOrigin({ serverURL, url: req.url })}${routes.admin}/collections/${slugs.posts}/${String(post.id)}`
  for (const recipient of recipients) {
    const message = composeMessage({
      kind,
      language: recipient.language,
      facts: { ...facts, title: String(post.title ?? ''), link, comment },
    })
    await req.payload.jobs.queue({
      task: SEND_EMAIL_TASK as never,
      input: { to: recipient.email, ...message, key: randomUUID() } as never,
      req,
    })
  }
  return recipients.length
}
