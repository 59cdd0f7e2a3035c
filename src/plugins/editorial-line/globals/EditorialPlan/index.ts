import type { ArrayFieldValidation, GlobalConfig } from 'payload'

import type { GlobalOverride } from '../../options.js'

import { array } from 'payload/shared'

import { anyone } from '../../access/anyone.js'
import { hasRole } from '../../access/hasRole.js'
import { arrayRowLabel } from '../../components/paths.js'
import { MIX_GROUPS } from '../../constants.js'
import { optionLabel } from '../../fields/options.js'
import { validateMonth, validateTimezone } from '../../fields/validate.js'
import { rejectMalformedGlobalInput } from '../../hooks/rejectMalformedInput.js'
import { label, staticLabel, translate } from '../../translations/index.js'
import { applyOverride } from '../../utilities/applyOverride.js'
import { type MixRow, mixRowsProblem } from '../../validators/mixRows.js'

export const EDITORIAL_PLAN_SLUG = 'editorial-plan'

const validateMix: ArrayFieldValidation = (value, options) => {
  const base = array(value, options)
  if (base !== true) return base
  const { req } = options
  const rows = Array.isArray(value) ? (value as MixRow[]) : []
  const found = mixRowsProblem({ rows, groups: MIX_GROUPS })
  if (!found) return true
  return translate({ key: found.problem, t: req.t, vars: found })
}

/** The plan settings: campaign start, timezone, active clients and the monthly mix per group. */
export const createEditorialPlanGlobal = ({
  timezone,
  override,
}: {
  timezone: string
  override?: GlobalOverride
}) =>
  applyOverride<GlobalConfig>({
    override,
    config: {
      slug: EDITORIAL_PLAN_SLUG,
      label: label('editorialPlan'),
      admin: { group: staticLabel('groupEditorialLine') },
      access: { read: anyone, update: hasRole('admin') },
      hooks: { beforeValidate: [rejectMalformedGlobalInput] },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'startMonth',
              type: 'text',
              label: label('startMonth'),
              required: true,
              defaultValue: '2026-01',
              validate: validateMonth,
              admin: { placeholder: '2026-01' },
            },
            {
              name: 'timezone',
              type: 'text',
              label: label('timezone'),
              required: true,
              defaultValue: timezone,
              validate: validateTimezone,
              admin: { description: label('timezoneDescription') },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'activeClients', type: 'number', label: label('activeClients'), min: 0, defaultValue: 0 },
            {
              name: 'mixTolerance',
              type: 'number',
              label: label('mixTolerance'),
              min: 0,
              max: 100,
              defaultValue: 10,
            },
          ],
        },
        {
          name: 'mix',
          type: 'array',
          label: label('mix'),
          admin: {
            description: label('mixDescription'),
            components: { RowLabel: arrayRowLabel('month') },
          },
          validate: validateMix,
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'month',
                  type: 'text',
                  label: label('month'),
                  required: true,
                  validate: validateMonth,
                  admin: { placeholder: '2026-01', width: '20%' },
                },
                ...MIX_GROUPS.map((group) => ({
                  name: group,
                  type: 'number' as const,
                  label: optionLabel({ prefix: 'group', value: group }),
                  required: true,
                  min: 0,
                  max: 100,
                  defaultValue: 0,
                  admin: { width: '20%' },
                })),
              ],
            },
          ],
        },
      ],
    },
  })
