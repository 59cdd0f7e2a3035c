import type { Field, NumberFieldValidation } from 'payload'

import { number } from 'payload/shared'

import { isStaff } from '../access/isStaff.js'
import { userHasRole } from '../access/hasRole.js'
import { METRIC_NAMES } from './metricNames.js'
import { label, translate } from '../translations/index.js'

/** A count: Payload's own number checks, then a whole number from 0 up. */
const wholeCount: NumberFieldValidation = (value, options) => {
  const base = number(value, options)
  if (base !== true) return base
  if (value === null || value === undefined) return true
  return (
    (Number.isInteger(value) && (value as number) >= 0) ||
    translate({ key: 'metricsWholeNumber', t: options.req.t })
  )
}

/** Whoever the metrics hook lets write them; Payload drops the group for anyone else's form. */
const mayRecord = ({ req }: { req: { user?: unknown } }) =>
  userHasRole({ user: req.user, roles: ['admin'] }) ||
  (userHasRole({ user: req.user, roles: ['publisher'] }) &&
    (req.user as { _strategy?: string } | null)?._strategy === 'api-key')

/**
 * What a published post achieved, as its publisher reports it. Read by the editorial team only;
 * written by publishers (API key) and admins on published posts (`refuseMetricsWrite` says so with a
 * 403 to anyone else); `measuredAt` is set by the server when a count changes (`stampMeasuredAt`).
 */
export const metricsField: Field = {
  name: 'metrics',
  type: 'group',
  label: label('metrics'),
  access: { read: isStaff, create: () => false, update: mayRecord },
  admin: {
    position: 'sidebar',
    description: label('metricsDescription'),
    condition: (data) => data?.status === 'published',
  },
  fields: [
    ...METRIC_NAMES.map((name): Field => ({
      name,
      type: 'number',
      label: label(`metric${name.charAt(0).toUpperCase()}${name.slice(1)}` as 'metricImpressions'),
      min: 0,
      validate: wholeCount,
    })),
    {
      name: 'measuredAt',
      type: 'date',
      label: label('metricsMeasuredAt'),
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
    },
  ],
}
