import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import type { PostStatus } from '../constants.js'
import type { SaveMode } from './planSave.js'

import { userHasRole } from '../access/hasRole.js'
import { POST_STATUSES } from '../constants.js'
import { translate } from '../translations/index.js'
import { takeOverLocks } from './loadReviewTakeovers.js'
import { loadPostVersions } from './loadPostVersions.js'
import { loadVersionParent } from './loadVersionParent.js'
import { lockRow } from '../db/lockRow.js'
import { refusal } from '../http/refusal.js'
import { rememberSave } from './savePlans.js'
import { startSaveReads } from '../rules/saveReads.js'
import { changedFields } from './changedFields.js'
import { planSave, SAVE_AS } from './planSave.js'

const asStatus = (value: unknown): PostStatus | undefined =>
  (POST_STATUSES as readonly unknown[]).includes(value) ? (value as PostStatus) : undefined

/**
 * How a save is written. A user who may not publish never gets a publishing save: the workflow
 * refuses their transition by name instead of Payload's access refusing it without one.
 */
const saveAs = ({ mode, trusted, req }: { mode: SaveMode; trusted: boolean; req: PayloadRequest }) =>
  mode === 'publish' &&
  !trusted &&
  !userHasRole({ user: req.user, roles: ['approver', 'admin', 'publisher'] })
    ? SAVE_AS.document
    : SAVE_AS[mode]

/**
 * Decides, before Payload does, which transition a save of a post makes and where it goes: the
 * client's `draft` flag and `_status` are ignored. An approved post keeps serving while its edits
 * wait in a draft version; approving publishes that version. Bulk updates are refused, each post
 * changing through its own reviewed transitions.
 */
export const routeWorkflowSave: CollectionBeforeOperationHook = async ({
  args: operationArgs,
  collection,
  operation,
  req,
}) => {
  // The hook sees every operation's arguments; these are the ones a save carries.
  const args = operationArgs as unknown as {
    id?: number | string
    data?: Record<string, unknown>
    draft?: boolean
    overrideAccess?: boolean
    duplicateFromID?: number | string
  }
  // REST and GraphQL leave `overrideAccess` unset (the operation defaults it to false); the Local API sets it.
  const trusted = args.overrideAccess === true

  if (operation === 'create') {
    startSaveReads({ context: req.context, collection: collection.slug, key: 'create', req })
    const data = (args.data ?? {}) as Record<string, unknown>
    const plan = planSave({
      latest: 'draft',
      live: null,
      requested: asStatus(data.status),
      contentChanged: true,
      publishAtMoved: false,
    })
    rememberSave({
      context: req.context,
      key: 'create',
      save: {
        plan,
        trusted,
        contentChanged: true,
        publishAtMoved: false,
        duplicate: args.duplicateFromID !== undefined && args.duplicateFromID !== null,
      },
    })
    const { draft, _status } = saveAs({ mode: plan.mode, trusted, req })
    return { ...operationArgs, draft, data: { ...data, _status } }
  }

  if (operation === 'update') {
    if (args.id === undefined || args.id === null) {
      throw refusal({
        message: translate({ key: 'workflowBulk', t: req.t }),
        status: 403,
        data: { code: 'workflowBulk' },
      })
    }
    // On PostgreSQL the lock reads the stored status too: one statement fewer per save.
    const locked = await lockRow({ collection: collection.slug, id: args.id, req, read: ['_status'] })
    startSaveReads({ context: req.context, collection: collection.slug, key: String(args.id), req })
    const { latest, live } = await loadPostVersions({
      collection,
      id: args.id,
      req,
      storedStatus: locked ? (locked._status ?? null) : undefined,
    })
    if (!latest) return operationArgs // Payload answers 404
    const { skipLockCheck } = await takeOverLocks({ req, postsSlug: collection.slug, post: args.id })
    const data = (args.data ?? {}) as Record<string, unknown>
    const { contentChanged, publishAtMoved } = changedFields({ before: latest, sent: data })
    const plan = planSave({
      latest: asStatus(latest.status) ?? 'draft',
      live: live ? (asStatus(live.status) ?? null) : null,
      requested: asStatus(data.status),
      contentChanged,
      publishAtMoved,
    })
    rememberSave({
      context: req.context,
      key: String(args.id),
      save: { plan, trusted, contentChanged, publishAtMoved, live, latest },
    })
    const { draft, _status } = saveAs({ mode: plan.mode, trusted, req })
    return {
      ...operationArgs,
      draft,
      data: { ...data, _status },
      ...(skipLockCheck ? { overrideLock: true } : {}),
    }
  }

  if (operation === 'restoreVersion') {
    // Restoring an old version is an edit of the post's content: it goes through the same review.
    const parent = await loadVersionParent({ req, collection: collection.slug, version: args.id })
    if (parent === undefined) return operationArgs
    await lockRow({ collection: collection.slug, id: parent, req })
    const { latest, live } = await loadPostVersions({ collection, id: parent, req })
    if (!latest) return operationArgs
    const plan = planSave({
      latest: asStatus(latest.status) ?? 'draft',
      live: live ? (asStatus(live.status) ?? null) : null,
      requested: undefined,
      contentChanged: true,
      publishAtMoved: false,
    })
    // Payload reads `draft` before this hook runs: a live post's old version can only come back as a draft.
    if (plan.mode === 'draft' && !args.draft) {
      throw refusal({
        message: translate({ key: 'restoreAsDraft', t: req.t }),
        status: 400,
        data: { code: 'restoreAsDraft' },
      })
    }
    rememberSave({
      context: req.context,
      key: String(parent),
      save: { plan, trusted, contentChanged: true, publishAtMoved: false, live, latest },
    })
    return operationArgs
  }

  return operationArgs
}
