import type { Validate } from 'payload'

import { recallFieldRefusals, recallKnownChoices } from './fieldRefusals.js'

/**
 * A checkpoint field's `validate`: on a save, the editorial rules' refusals that concern this field
 * (found by `assessEditorialRules`, which runs just before field validation), then the field type's
 * own validation. Several problems on one field become one message, one sentence each: Payload keeps
 * one error per field, and its form can show only one.
 *
 * While the editor types (`onChange`), only the field type's validation runs: the live checklist
 * shows the rules without a database round trip per keystroke.
 *
 * For the phase and key message, Payload's check of `filterOptions` (one query per field and save)
 * is answered from the rule context the save loaded: the field type's other checks run as on
 * `onChange`, then the value must be one of the ids the context allows, with Payload's message.
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
      const allowed = recallKnownChoices({ context: options.req.context, key, path })
      if (allowed !== undefined) {
        return Promise.resolve(base(value, { ...options, event: 'onChange' })).then((own) => {
          if (own !== true || value == null || value === '' || value === 0 || allowed.includes(value))
            return own
          // Payload's wording for a choice its filterOptions rule out (validateFilterOptions).
          return `${options.req.t('validation:invalidSelections')} ${JSON.stringify(value)}, `
        })
      }
    }
    return base(value, options)
  }) as TValidate
