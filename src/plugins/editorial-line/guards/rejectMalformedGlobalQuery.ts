import type { GlobalConfig } from 'payload'

import { APIError } from 'payload'

import { translate } from '../translations/index.js'
import { queryArgumentProblem } from './queryArgumentProblem.js'

type GlobalBeforeOperationHook = NonNullable<NonNullable<GlobalConfig['hooks']>['beforeOperation']>[number]

/** Answers 400 for a `depth` (or paging of its versions) the database or Payload would choke on. */
export const rejectMalformedGlobalQuery: GlobalBeforeOperationHook = ({ args, req }) => {
  const argument = queryArgumentProblem({
    args: (args ?? {}) as Record<string, unknown>,
    maxDepth: req.payload.config.maxDepth,
  })
  if (!argument) return args
  const error = new APIError(
    translate({ key: 'malformedParameter', t: req.t, vars: argument }),
    400,
    argument,
    true,
  )
  error.name = 'APIError'
  throw error
}
