import type { Validate } from 'payload'

import { recallFieldRefusals } from './fieldRefusals.js'

/**
 * A checkpoint field's `validate`: on a save, the editorial rules' refusals that concern this field
 * (found by `assessEditorialRules`, which runs just before field validation), then the field type's
 * own validation. Several problems on one field become one message, one sentence each: Payload keeps
 * one error per field, and its form can show only one.
 *
 * While the editor types (`onChange`), only the field type's validation runs: the live checklist
 * shows the rules without a database round trip per keystroke.
 */
export const checkpointValidation = <TValidate extends Validate<any, any, any, any>>({
  path,
  base,
}: {
  path: string
  /** Payload's validation for the field's type (`relationship`, `select`, `date`). */
  base: TValidate
}): TValidate =>
  ((value, options) => {
    if (options.event === 'submit') {
      const key = options.id == null ? 'create' : String(options.id)
      const refusals = recallFieldRefusals({ context: options.req.context, key, path })
      if (refusals.length > 0) return refusals.map((refusal) => refusal.message).join('\n')
    }
    return base(value, options)
  }) as TValidate
