import type { PostStatus } from '../constants.js'

import { PUBLIC_POST_STATUSES } from '../constants.js'

/**
 * Where a save goes:
 * - `publish`: the approved version becomes the one API consumers get;
 * - `draft`: a new version beside the live one, which keeps serving;
 * - `unpublish`: the live version is withdrawn;
 * - `document`: the post has no live version, so the document itself changes.
 */
export type SaveMode = 'document' | 'draft' | 'publish' | 'unpublish'

/** Payload's `draft` argument and `_status` for each way of saving. */
export const SAVE_AS: Record<SaveMode, { draft: boolean; _status: 'draft' | 'published' }> = {
  document: { draft: false, _status: 'draft' },
  draft: { draft: true, _status: 'draft' },
  publish: { draft: false, _status: 'published' },
  unpublish: { draft: false, _status: 'draft' },
}

export type SavePlan = {
  from: PostStatus
  to: PostStatus
  mode: SaveMode
  /** An edit of an approved post: a new draft that needs approval, not a transition of its own. */
  revision: boolean
  /** The change applies to the live version, not to the newer draft that waits beside it. */
  onLive: boolean
}

const isPublic = (status: PostStatus | null) =>
  status !== null && (PUBLIC_POST_STATUSES as readonly PostStatus[]).includes(status)

/**
 * Decides the transition a save makes and where it is written.
 *
 * Editing an approved post opens a revision: the new draft starts as `draft`, or `in_review` when
 * `publishAt` moved (the rules run again), while the approved version keeps serving until approved again.
 */
export const planSave = ({
  latest,
  live,
  requested,
  contentChanged,
  publishAtMoved,
}: {
  /** Status of the latest version (the one editors work on). */
  latest: PostStatus
  /** Status of the version API consumers get, `null` when none is live. */
  live: null | PostStatus
  /** Status the save asks for, `undefined` when it does not say. */
  requested: PostStatus | undefined
  contentChanged: boolean
  publishAtMoved: boolean
}): SavePlan => {
  // A publisher marks the live version published even while a revision of it waits for review.
  if (requested === 'published' && live === 'approved' && latest !== 'approved') {
    return { from: 'approved', to: 'published', mode: 'publish', revision: false, onLive: true }
  }
  const edited = contentChanged || publishAtMoved
  const asked = requested ?? latest
  const revision =
    latest === 'approved' && edited && (asked === latest || asked === 'draft' || asked === 'in_review')
  const to: PostStatus = revision ? (publishAtMoved || asked === 'in_review' ? 'in_review' : 'draft') : asked

  const mode: SaveMode = isPublic(to)
    ? 'publish'
    : !isPublic(live)
      ? 'document'
      : isPublic(latest) && !revision
        ? 'unpublish'
        : 'draft'
  return { from: latest, to, mode, revision, onLive: false }
}
