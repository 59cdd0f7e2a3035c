import type { ArrayField, TextareaFieldValidation } from 'payload'

import { textarea } from 'payload/shared'

import type { EditorialLineTranslationKey } from '../translations/index.js'

import { arrayRowLabel } from '../admin/componentPaths.js'
import { copyTerms, MAX_COPY_TERMS_LENGTH } from '../rules/copyTerms.js'
import { label, translate } from '../translations/index.js'

export const COPY_KINDS = ['forbid', 'require', 'formal', 'spelling'] as const
/** The most rows a line document holds: rules are few; a long list is a mistake or an attack. */
export const MAX_COPY_RULES = 20

/**
 * Payload's own checks (length) first, then the terms as the rule reads them (`copyTerms`): an empty
 * line, a term without a word, too many terms, and no terms where the kind needs them are refused with
 * a 400 naming the field.
 */
const validateTerms: TextareaFieldValidation = (value, options) => {
  const base = textarea(value, options)
  if (base !== true) return base
  const { problem, terms } = copyTerms({ text: value })
  if (problem)
    return translate({
      key: problem.key,
      t: options.req.t,
      vars: 'vars' in problem ? problem.vars : undefined,
    })
  const kind = (options.siblingData as { kind?: string } | undefined)?.kind
  if (kind !== 'formal' && terms.length === 0)
    return translate({ key: 'copyTermsRequired', t: options.req.t })
  return true
}

/**
 * `copyRules` of a target, a phase (added to its target's) or the plan (every post): each row a kind,
 * its terms one a line, a level and the reason shown to the writer.
 */
export const copyRulesField = ({
  description,
}: {
  description: EditorialLineTranslationKey
}): ArrayField => ({
  name: 'copyRules',
  type: 'array',
  label: label('copyRules'),
  maxRows: MAX_COPY_RULES,
  admin: { description: label(description), components: { RowLabel: arrayRowLabel('reason') } },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: label('copyKind'),
          required: true,
          defaultValue: 'forbid',
          options: COPY_KINDS.map((kind) => ({
            value: kind,
            label: label(
              `copyKind${kind.charAt(0).toUpperCase()}${kind.slice(1)}` as EditorialLineTranslationKey,
            ),
          })),
        },
        {
          name: 'level',
          type: 'select',
          label: label('copyLevel'),
          required: true,
          defaultValue: 'block',
          options: [
            { value: 'block', label: label('copyLevelBlock') },
            { value: 'warn', label: label('copyLevelWarn') },
          ],
        },
      ],
    },
    {
      name: 'terms',
      type: 'textarea',
      label: label('copyTerms'),
      maxLength: MAX_COPY_TERMS_LENGTH,
      validate: validateTerms,
      admin: { description: label('copyTermsDescription') },
    },
    {
      name: 'reason',
      type: 'text',
      label: label('copyReason'),
      maxLength: 300,
      admin: { description: label('copyReasonDescription') },
    },
  ],
})
