import type { CollectionAfterChangeHook } from 'payload'

import { saveVersion } from 'payload'

import { forgetSave, recallSave } from './savePlans.js'

/**
 * After a change to the live version made while a revision waited (a publisher marking it
 * published), puts the revision back on top so that editors go on where they were.
 */
export const keepPendingRevision: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  operation,
  req,
}) => {
  const key = operation === 'create' ? 'create' : String(doc.id)
  const planned = recallSave({ context, key })
  forgetSave({ context, key })
  if (!planned?.plan.onLive || !planned.latest) return doc

  await saveVersion({
    id: doc.id,
    collection,
    docWithLocales: { ...planned.latest, reviewLog: planned.reviewLog, _status: 'draft' },
    draft: true,
    operation: 'update',
    payload: req.payload,
    req,
  })
  return doc
}
