import type { ArrayField, NumberFieldSingleValidation } from 'payload'

import { number } from 'payload/shared'

import type { FormatOption } from '../posts/formats.js'

import { MEDIA_KINDS } from '../media/mediaKinds.js'
import { formatOptions } from '../translations/optionLists.js'
import { label, translate } from '../translations/index.js'
import { isPositiveInteger } from '../validators/positiveInteger.js'

/** Payload's number checks, then a whole number from 0 (`from: 0`) or 1 up; empty passes unless required. */
const wholeNumber =
  ({ from }: { from: 0 | 1 }): NumberFieldSingleValidation =>
  (value, options) => {
    const base = number(value, options)
    if (base !== true || value == null) return base
    if (from === 1)
      return isPositiveInteger(value) ? true : translate({ key: 'positiveInteger', t: options.req.t })
    return Number.isInteger(value) && value >= 0 ? true : translate({ key: 'wholeNumberFromZero', t: options.req.t })
  }

/** A row's upper bound: a whole number, not under the row's lower bound (`minField`). */
const notBelow =
  ({ minField, message }: { minField: string; message: 'requirementMaxBelowMin' | 'requirementMaxSecondsBelowMin' }): NumberFieldSingleValidation =>
  (value, options) => {
    const own = wholeNumber({ from: 0 })(value, options)
    if (own !== true || value == null) return own
    const min = (options.siblingData as Record<string, unknown>)[minField]
    return typeof min === 'number' && value < min ? translate({ key: message, t: options.req.t, vars: { min } }) : true
  }

/**
 * A channel's `formatRequirements` (issue #27): per format, what a post's media must be. Several rows
 * for one format are alternatives ("one PDF of at most 300 pages, or 2 to 20 images"); the rule
 * `formatComplete` reads them. Invalid rows (max under min, fractions) are refused with a 400 that
 * names the row's field (`formatRequirements.1.max`).
 */
export const formatRequirementsField = ({ formats }: { formats: FormatOption[] }): ArrayField => ({
  name: 'formatRequirements',
  type: 'array',
  label: label('formatRequirements'),
  admin: { description: label('formatRequirementsDescription'), initCollapsed: true },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'format', type: 'select', label: label('format'), required: true, options: formatOptions(formats) },
        {
          name: 'kinds',
          type: 'select',
          hasMany: true,
          required: true,
          label: label('requirementKinds'),
          // The media library's kinds, in its words.
          options: MEDIA_KINDS.map((kind) => ({
            value: kind,
            label: label(kind === 'image' ? 'mediaKindImage' : kind === 'document' ? 'mediaKindDocument' : 'mediaKindVideo'),
          })),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'min',
          type: 'number',
          label: label('requirementMin'),
          required: true,
          defaultValue: 0,
          min: 0,
          validate: wholeNumber({ from: 0 }),
        },
        {
          name: 'max',
          type: 'number',
          label: label('requirementMax'),
          required: true,
          min: 0,
          validate: notBelow({ minField: 'min', message: 'requirementMaxBelowMin' }),
        },
        {
          name: 'maxPages',
          type: 'number',
          label: label('requirementMaxPages'),
          min: 1,
          validate: wholeNumber({ from: 1 }),
        },
        {
          name: 'minSeconds',
          type: 'number',
          label: label('requirementMinSeconds'),
          min: 0,
          validate: wholeNumber({ from: 0 }),
        },
        {
          name: 'maxSeconds',
          type: 'number',
          label: label('requirementMaxSeconds'),
          min: 1,
          validate: notBelow({ minField: 'minSeconds', message: 'requirementMaxSecondsBelowMin' }),
        },
      ],
    },
  ],
})
