import type { PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { EditorialLineTranslationKey } from '../translations/index.js'

import { translate } from '../translations/index.js'

/** A value a guard refuses: the field's path and what to say about it. */
export type InputProblem = { path: string; key: EditorialLineTranslationKey }

/** Payload's own 400 for invalid fields, one error per problem, in the caller's language. */
export const refuseFields = ({
  problems,
  req,
  scope,
}: {
  problems: InputProblem[]
  req: PayloadRequest
  scope: { collection: string } | { global: string }
}) =>
  new ValidationError(
    {
      ...scope,
      errors: problems.map(({ path, key }) => ({ path, message: translate({ key, t: req.t }) })),
      req,
    },
    req.t,
  )

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
