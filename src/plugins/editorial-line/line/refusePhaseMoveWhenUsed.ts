import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { countUses } from './countUses.js'
import { translate } from '../translations/index.js'
import { relationId } from '../rules/relationId.js'
import { pluginSlugs } from '../options/pluginSettings.js'

/** A phase keeps its target while key messages or posts point at it: they would silently change target. */
export const refusePhaseMoveWhenUsed: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !('target' in data)) return data
  if (String(relationId(data.target)) === String(relationId(originalDoc?.target))) return data
  const messages = await countUses({
    req,
    collection: pluginSlugs({ payload: req.payload }).messages,
    field: 'phase',
    id: originalDoc.id,
  })
  const posts = await countUses({
    req,
    collection: pluginSlugs({ payload: req.payload }).posts,
    field: 'phase',
    id: originalDoc.id,
  })
  if (messages + posts === 0) return data
  throw new ValidationError(
    {
      collection: pluginSlugs({ payload: req.payload }).phases,
      id: originalDoc.id,
      errors: [
        {
          path: 'target',
          message: translate({ key: 'phaseMoveRefused', t: req.t, vars: { messages, posts } }),
        },
      ],
      req,
    },
    req.t,
  )
}
