import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

import { APIError } from 'payload'

import { countUses } from './countUses.js'
import { translate } from '../translations/index.js'

type Dependants = {
  /** The collection whose documents point at the one being deleted. */
  collection: CollectionSlug
  /** Their relationship field that points at it. */
  field: string
  /** What to say: a translation key with `_one` and `_other` forms. */
  message: 'inUseByPosts' | 'phaseHasMessages' | 'targetHasPhases'
}

/**
 * Refuses to delete a document that others still point at (HTTP 409), saying how many: nothing is
 * left pointing at nothing. Checked in order; the first collection that has dependants answers.
 */
export const refuseDeleteWhenUsed =
  (...dependants: Dependants[]): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    for (const { collection, field, message } of dependants) {
      const count = await countUses({ req, collection, field, id })
      if (count > 0)
        throw new APIError(translate({ key: message, t: req.t, vars: { count } }), 409, { count }, true)
    }
  }
