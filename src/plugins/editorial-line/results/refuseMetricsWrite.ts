import type { CollectionBeforeOperationHook } from 'payload'

import type { PostStatus } from '../constants.js'

import { rolesOf } from '../access/hasRole.js'
import { metricsChanged } from './metricsChanged.js'
import { metricsRefusal } from './metricsRefusal.js'
import { translate } from '../translations/index.js'
import { recallSave } from '../workflow/savePlans.js'
import { refusal } from '../http/refusal.js'

/**
 * A save that changes a post's metrics is refused with a 403 that says why, instead of Payload's
 * field access dropping the numbers without a word: only publishers (API key) and admins record
 * them, only on published posts. Runs after `routeWorkflowSave`, which read the stored post.
 */
export const refuseMetricsWrite: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { id, data, overrideAccess } = args as {
    id?: number | string
    data?: Record<string, unknown>
    overrideAccess?: boolean
  }
  if (!data || typeof data !== 'object' || !('metrics' in data)) return args
  const stored =
    operation === 'update' ? recallSave({ context: req.context, key: String(id) })?.latest : undefined
  if (!metricsChanged({ before: stored?.metrics, sent: data.metrics })) return args
  const refused = metricsRefusal({
    roles: rolesOf(req.user),
    apiKey: (req.user as { _strategy?: string } | null)?._strategy === 'api-key',
    trusted: overrideAccess === true,
    status: (stored?.status as PostStatus | undefined) ?? null,
  })
  if (!refused) return args
  throw refusal({
    message: translate({ key: refused === 'role' ? 'metricsRole' : 'metricsNotPublished', t: req.t }),
    status: 403,
    data: { code: `metrics.${refused}` },
  })
}
