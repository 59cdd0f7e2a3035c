import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { PostStatus } from '../constants.js'

import { rolesOf } from '../access/hasRole.js'
import { pluginSlugs } from '../options/pluginSettings.js'
import { relationId } from '../rules/relationId.js'
import { label, translate } from '../translations/index.js'
import { loadUserRoles } from '../users/loadUserRoles.js'
import { recallSave } from './savePlans.js'
import { reviewerProblem } from './reviewerProblem.js'

const KEYS = {
  notReviewer: 'reviewerNotReviewer',
  author: 'reviewerIsAuthor',
  notAllowed: 'reviewerNotAllowed',
} as const

/**
 * Refuses (400, on `reviewer`) a reviewer who does not review posts, the author as their own
 * reviewer, and a change of reviewer by someone who may not make it (see reviewerProblem). Runs
 * after enforceWorkflow, whose planned transition says where the post comes from.
 */
export const checkReviewer: CollectionBeforeChangeHook = async ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const key = operation === 'create' ? 'create' : String(originalDoc?.id)
  const planned = recallSave({ context, key })
  // A change to the live version (a publisher marking it published) carries the live reviewer along.
  if (planned?.plan.onLive) return data
  const previous = (operation === 'update' ? originalDoc : undefined) ?? {}
  const before = relationId(previous.reviewer)
  const reviewer = 'reviewer' in data ? relationId(data.reviewer) : before
  if (reviewer === null && before === null) return data
  const problem = reviewerProblem({
    reviewer,
    before,
    reviewerRoles: reviewer === null ? [] : await loadUserRoles({ req, id: reviewer }),
    author: relationId(data.author ?? previous.author),
    from: (planned?.plan.from ?? 'draft') as PostStatus,
    trusted: planned?.trusted ?? false,
    actor: req.user?.id ?? null,
    actorRoles: rolesOf(req.user),
  })
  if (!problem) return data
  throw new ValidationError(
    {
      collection: pluginSlugs({ payload: req.payload }).posts,
      id: originalDoc?.id,
      errors: [
        { path: 'reviewer', label: label('reviewer'), message: translate({ key: KEYS[problem], t: req.t }) },
      ],
      req,
    },
    req.t,
  )
}
