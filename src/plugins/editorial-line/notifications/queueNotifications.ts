import type { CollectionAfterChangeHook } from 'payload'

import type { NotificationLanguage } from './notificationKinds.js'

import { relationId } from '../rules/relationId.js'
import { recallSave } from '../workflow/savePlans.js'
import { chooseRecipients } from './chooseRecipients.js'
import { composeMessage } from './composeMessage.js'
import { loadNotificationPeople } from './loadNotificationPeople.js'
import { loadPostFacts } from './loadPostFacts.js'
import { notificationEvent } from './notificationEvent.js'
import { SEND_EMAIL_TASK } from './notificationKinds.js'

/** Where the admin is: the configured `serverURL`, else the address the save came to. */
const origin = ({ serverURL, url }: { serverURL?: string; url?: string }) => {
  if (serverURL) return serverURL.replace(/\/$/, '')
  try {
    return url ? new URL(url).origin : ''
  } catch {
    return ''
  }
}

/**
 * Queues the messages a change of status calls for, one job per recipient, in the save's own
 * transaction: a save refused or rolled back leaves no job, hence no message. Runs before
 * keepPendingRevision, which forgets the planned save. Saves without a user (seeds, scripts) tell no one.
 */
export const queueNotifications =
  ({ defaultLanguage }: { defaultLanguage: NotificationLanguage }): CollectionAfterChangeHook =>
  async ({ collection, context, doc, operation, req }) => {
    const planned = recallSave({ context, key: operation === 'create' ? 'create' : String(doc.id) })
    if (!planned || !req.user) return doc
    const kind = notificationEvent({ from: planned.plan.from, to: planned.plan.to })
    if (!kind) return doc

    const comment =
      kind === 'changesRequested'
        ? ((planned.reviewLog?.at(-1) as { comment?: null | string } | undefined)?.comment ?? null)
        : null
    const recipients = chooseRecipients({
      kind,
      people: await loadNotificationPeople({ req }),
      author: relationId(doc.author),
      reviewer: relationId(doc.reviewer),
      defaultLanguage,
    })
    if (recipients.length === 0) return doc

    const facts = await loadPostFacts({ req, post: doc })
    const { serverURL, routes } = req.payload.config
    const link = `${origin({ serverURL, url: req.url })}${routes.admin}/collections/${collection.slug}/${doc.id}`
    for (const recipient of recipients) {
      const message = composeMessage({
        kind,
        language: recipient.language,
        facts: { ...facts, title: String(doc.title ?? ''), link, comment },
      })
      await req.payload.jobs.queue({
        task: SEND_EMAIL_TASK as never,
        input: { to: recipient.email, ...message } as never,
        req,
      })
    }
    return doc
  }
