import type { ArrayFieldValidation, GlobalConfig } from 'payload'

import type { GlobalOverride } from '../options/resolveOptions.js'
import type { PluginSlugs } from '../options/slugs.js'

import { array } from 'payload/shared'

import { anyone } from '../access/anyone.js'
import { hasRole } from '../access/hasRole.js'
import { addPlanRow, arrayRowLabel } from '../admin/componentPaths.js'
import type { MixGroupOption } from '../mix/groups.js'
import { validateMonth, validateTimezone } from '../validators/textValidations.js'
import { label, staticLabel, translate } from '../translations/index.js'
import { applyOverride } from '../options/applyOverride.js'
import { copyRulesField } from './copyRulesField.js'
import { type MixRow, mixRowsProblem } from '../mix/mixRows.js'

/** The month and each group share a plan row's width. */
const columnWidth = (groups: number) => `${Math.floor(100 / (groups + 1))}%`

const validateMix =
  (groups: readonly string[]): ArrayFieldValidation =>
  (value, options) => {
    const base = array(value, options)
    if (base !== true) return base
    const { req } = options
    const rows = Array.isArray(value) ? (value as MixRow[]) : []
    const found = mixRowsProblem({ rows, groups })
    if (!found) return true
    return translate({ key: found.problem, t: req.t, vars: found })
  }

/** The plan settings: campaign start, timezone, active clients and the monthly mix per group. */
export const createEditorialPlanGlobal = ({
  slugs,
  timezone,
  groups,
  adminGroup = staticLabel({ key: 'groupEditorialLine' }),
  override,
}: {
  slugs: PluginSlugs
  timezone: string
  /** One percentage field per group in each row, named by the group's value. */
  groups: MixGroupOption[]
  /** The admin navigation group's name per language (the host's translations of the key win). @default the plugin's own `groupEditorialLine` */
  adminGroup?: Record<string, string>
  override?: GlobalOverride
}) =>
  applyOverride<GlobalConfig>({
    override,
    config: {
      slug: slugs.editorialPlan,
      label: label('editorialPlan'),
      admin: { group: adminGroup },
      access: { read: anyone, update: hasRole('admin') },
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
          validate: validateMix(groups.map((group) => group.value)),
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
                  admin: { placeholder: '2026-01', width: columnWidth(groups.length) },
                },
                ...groups.map((group) => ({
                  name: group.value,
                  type: 'number' as const,
                  label: group.label,
                  required: true,
                  min: 0,
                  max: 100,
                  defaultValue: 0,
                  admin: { width: columnWidth(groups.length) },
                })),
              ],
            },
          ],
        },
        {
          name: 'addNextMonth',
          type: 'ui',
          admin: { components: { Field: addPlanRow } },
        },
        // Copy rules (issue #28)
        copyRulesField({ description: 'copyRulesPlanDescription' }),
      ],
    },
  })
