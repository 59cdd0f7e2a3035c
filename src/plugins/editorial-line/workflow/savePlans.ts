import type { RequestContext } from 'payload'

import type { SavePlan } from './planSave.js'

/** What the save's `beforeOperation` decided, for its `beforeChange` and `afterChange` to apply. */
export type PlannedSave = {
  plan: SavePlan
  /** The save runs with `overrideAccess` (server code, seeds): roles are not checked. */
  trusted: boolean
  contentChanged: boolean
  publishAtMoved: boolean
  /** The document API consumers get, as stored (for a change to the live version). */
  live?: Record<string, unknown>
  /** The latest version, as stored (a revision to keep after the live version changes). */
  latest?: Record<string, unknown>
  /** A copy of another post (Payload's duplicate). */
  duplicate?: boolean
  /** The review log as the save leaves it. */
  reviewLog?: unknown[]
}

const KEY = 'editorialLineSaves'

const plansOf = (context: RequestContext) => (context[KEY] ??= {}) as Record<string, PlannedSave | undefined>

/** `key` is the post id, or `create` for a new post. */
export const rememberSave = ({
  context,
  key,
  save,
}: {
  context: RequestContext
  key: string
  save: PlannedSave
}) => {
  plansOf(context)[key] = save
}

export const recallSave = ({ context, key }: { context: RequestContext; key: string }) =>
  plansOf(context)[key]

export const forgetSave = ({ context, key }: { context: RequestContext; key: string }) => {
  delete plansOf(context)[key]
}
