import type { CollectionAfterChangeHook } from 'payload'

import { saveReadsOf } from '../rules/saveReads.js'
import { recallSave } from '../workflow/savePlans.js'
import { notificationEvent } from './notificationEvent.js'
import { queueMessages } from './queueMessages.js'

/** Set in a save's context by the deadlines sweep when it sends a post back because its slot passed. */
export const SLOT_PASSED_CONTEXT = 'editorialLineSlotPassed'

/**
 * Queues the messages a change of status calls for, in the save's own transaction: a save refused
 * or rolled back leaves no job, hence no message. Runs before keepPendingRevision, which forgets the
 * planned save. Saves without a user (seeds, scripts) tell no one, except the sweep's send-back.
 */
export const queueNotifications: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  operation,
  req,
}) => {
  const key = operation === 'create' ? 'create' : String(doc.id)
  const planned = recallSave({ context, key })
  if (!planned) return doc
  const slotPassed = context[SLOT_PASSED_CONTEXT] === true
  if (!req.user && !slotPassed) return doc
  const event = notificationEvent({ from: planned.plan.from, to: planned.plan.to })
  if (!event) return doc
  const kind = slotPassed && event === 'changesRequested' ? 'slotPassed' : event
  const comment =
    event === 'changesRequested'
      ? ((planned.reviewLog?.at(-1) as { comment?: null | string } | undefined)?.comment ?? null)
      : null
  const reads = saveReadsOf({ context, collection: collection.slug, key })
  await queueMessages({ req, kind, post: doc, comment, reads })
  return doc
}
