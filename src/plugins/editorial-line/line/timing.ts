import type { Field, GroupField, TextFieldSingleValidation } from 'payload'

import { text } from 'payload/shared'

import { translate, label } from '../translations/index.js'
import { timeWindowProblem } from '../validators/timeWindow.js'
import { weekdayOptions } from '../translations/optionLists.js'

/** Start reports its own format; end reports its format and the range as a whole. */
const validateWindow =
  (side: 'end' | 'start'): TextFieldSingleValidation =>
  (value, options) => {
    const base = text(value, options)
    if (base !== true) return base
    const { req, siblingData } = options
    const { start, end } = siblingData as { end?: string; start?: string }
    const problem = timeWindowProblem({ start, end })
    if (!problem || (side === 'start') !== (problem === 'invalidTime')) return true
    return translate({ key: problem, t: req.t })
  }

/**
 * A `timing` group: weekdays plus an hour range [start, end) in the plan timezone.
 * A phase's timing overrides its target's and may cap the posts per month.
 */
export const timingField = ({ scope }: { scope: 'channel' | 'phase' | 'target' }): GroupField => {
  // On a phase, empty hours mean the target's: a sample time there would read like a value.
  const fields: Field[] = [
    {
      name: 'days',
      type: 'select',
      hasMany: true,
      label: label('days'),
      options: weekdayOptions,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'text',
          label: label('start'),
          admin: {
            description: label('timeDescription'),
            placeholder: scope === 'target' ? '08:30' : undefined,
            width: '50%',
          },
          validate: validateWindow('start'),
        },
        {
          name: 'end',
          type: 'text',
          label: label('end'),
          admin: {
            description: label('timeDescription'),
            placeholder: scope === 'target' ? '09:30' : undefined,
            width: '50%',
          },
          validate: validateWindow('end'),
        },
      ],
    },
  ]
  if (scope === 'phase') {
    fields.push(
      { name: 'maxPostsPerMonth', type: 'number', label: label('maxPostsPerMonth'), min: 1 },
      { name: 'note', type: 'text', label: label('timingNote') },
    )
  }
  return {
    name: 'timing',
    type: 'group',
    label: label('timing'),
    admin: {
      description: label(
        scope === 'phase'
          ? 'phaseTimingDescription'
          : scope === 'channel'
            ? 'channelTimingDescription'
            : 'targetTimingDescription',
      ),
    },
    fields,
  }
}
