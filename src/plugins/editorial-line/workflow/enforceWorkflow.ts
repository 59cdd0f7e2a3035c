import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { APIError, ValidationError } from 'payload'

import { POST_STATUSES } from '../constants.js'
import { rolesOf } from '../access/hasRole.js'
import { describeTransitionRefusal } from '../translations/describeTransitionRefusal.js'
import { label, translate } from '../translations/index.js'
import { refusal } from '../http/refusal.js'
import { recallSave } from './savePlans.js'
import { relationId } from '../rules/relationId.js'
import { checkTransition } from './checkTransition.js'
import { SAVE_AS } from './planSave.js'
import { publishedUrlProblem } from './publishedUrlProblem.js'
import { nextReviewLog, type ReviewLogEntry } from './reviewLog.js'
import { pluginSlugs } from '../options/pluginSettings.js'

const invalid = ({
  req,
  path,
  key,
  id,
}: {
  req: PayloadRequest
  path: string
  key: 'publishedUrlRequired' | 'workflowComment'
  id?: number | string
}) =>
  new ValidationError(
    {
      collection: pluginSlugs({ payload: req.payload }).posts,
      id,
      errors: [
        {
          path,
          label: label(path === 'publishedUrl' ? 'publishedUrl' : 'reviewComment'),
          message: translate({ key, t: req.t }),
        },
      ],
      req,
    },
    req.t,
  )

/**
 * Applies the transition `routeWorkflowSave` planned: refuses it (403) to the wrong role, to the
 * post's own author when it is a review, or when it is not a transition at all; appends it to the
 * review log, which only the server writes; keeps the publication URL for the move to published.
 */
export const enforceWorkflow: CollectionBeforeChangeHook = ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const key = operation === 'create' ? 'create' : String(originalDoc?.id)
  const planned = recallSave({ context, key })
  const previous = (operation === 'update' ? originalDoc : undefined) ?? {}

  if (!planned) {
    throw new APIError('enforceWorkflow: this save of a post was not planned by routeWorkflowSave', 500)
  }
  // An unknown status is left to Payload's validation, which answers 400.
  if (!(POST_STATUSES as readonly unknown[]).includes(data.status ?? 'draft') && !planned.plan.onLive)
    return data

  const { plan, trusted, contentChanged, publishAtMoved, duplicate } = planned
  const base = plan.onLive ? { ...planned.live } : { ...data }
  if (duplicate) {
    // The copy starts afresh, as its duplicator's draft.
    base.author = req.user?.id ?? base.author
    base.timingOverride = { reason: null, by: null, at: null }
    base.copyOverride = { reason: null, by: null, at: null }
  }
  const comment = typeof data.reviewComment === 'string' ? data.reviewComment.trim() || null : null
  const author = relationId(previous.author ?? data.author)

  if (!trusted) {
    const refused = checkTransition({
      from: plan.from,
      to: plan.to,
      revision: plan.revision,
      edited: contentChanged || publishAtMoved,
      roles: rolesOf(req.user),
      isAuthor: author !== null && req.user !== null && String(author) === String(req.user?.id),
      comment,
    })
    if (refused?.reason === 'comment')
      throw invalid({ req, path: 'reviewComment', key: 'workflowComment', id: originalDoc?.id })
    if (refused)
      throw refusal({
        message: describeTransitionRefusal({
          refused,
          from: plan.from,
          to: plan.to,
          t: req.t,
          language: req.i18n?.language ?? 'fr',
        }),
        status: 403,
        data: { code: `workflow.${refused.reason}`, from: plan.from, to: plan.to },
      })
  }

  const publishing = plan.to === 'published' && plan.from !== 'published'
  const url = typeof data.publishedUrl === 'string' ? data.publishedUrl.trim() : data.publishedUrl
  const urlBefore =
    (duplicate ? null : plan.onLive ? planned.live?.publishedUrl : previous.publishedUrl) ?? null
  const urlProblem = publishedUrlProblem({
    publishing,
    trusted,
    duplicate: Boolean(duplicate),
    url,
    urlBefore,
  })
  if (urlProblem === 'required')
    throw invalid({ req, path: 'publishedUrl', key: 'publishedUrlRequired', id: originalDoc?.id })
  if (urlProblem === 'onlyWhenPublishing') {
    throw refusal({
      message: translate({ key: 'publishedUrlOnlyWhenPublishing', t: req.t }),
      status: 403,
      data: { code: 'publishedUrlOnlyWhenPublishing' },
    })
  }

  const reviewLog = nextReviewLog({
    before: ((plan.onLive ? planned.live?.reviewLog : previous.reviewLog) ?? []) as ReviewLogEntry[],
    plan,
    by: req.user?.id ?? null,
    at: new Date(),
    comment,
  })
  planned.reviewLog = reviewLog

  // A moved date voids the timing override, unless the same save gives a new one.
  const overrideBefore = (previous.timingOverride as { reason?: null | string } | undefined)?.reason ?? null
  const overrideSent = (data.timingOverride as { reason?: null | string } | undefined)?.reason ?? null
  if (publishAtMoved && overrideBefore && overrideSent === overrideBefore) {
    base.timingOverride = { reason: null, by: null, at: null }
  }
  // Copy rules (issue #28): changed words (or line) void the copy override, unless the same save gives a new one.
  const copyBefore = (previous.copyOverride as { reason?: null | string } | undefined)?.reason ?? null
  const copySent = (data.copyOverride as { reason?: null | string } | undefined)?.reason ?? null
  if (contentChanged && copyBefore && copySent === copyBefore) {
    base.copyOverride = { reason: null, by: null, at: null }
  }

  return {
    ...base,
    status: plan.to,
    _status: SAVE_AS[plan.mode]._status,
    publishedUrl: publishing ? url : urlBefore,
    reviewLog,
    reviewComment: undefined,
  }
}
