import type { CollectionConfig, NumberFieldSingleValidation } from 'payload'

import type { CollectionOverride } from '../options/resolveOptions.js'
import type { PluginSlugs } from '../options/slugs.js'
import type { FormatOption } from '../posts/formats.js'

import { publicReadAdminWrite } from '../access/publicReadAdminWrite.js'
import { number } from 'payload/shared'

import { arrayRowLabel } from '../admin/componentPaths.js'
import { formatOptions, phaseKeyOptions } from '../translations/optionLists.js'
import { timingField } from './timing.js'
import { refuseDeleteWhenUsed } from './refuseDeleteWhenUsed.js'
import { refusePhaseMoveWhenUsed } from './refusePhaseMoveWhenUsed.js'
import { label, staticLabel, translate } from '../translations/index.js'
import { applyOverride } from '../options/applyOverride.js'
import { copyRulesField } from './copyRulesField.js'

const validateMonthTo: NumberFieldSingleValidation = (value, options) => {
  const base = number(value, options)
  if (base !== true) return base
  const { req, siblingData } = options
  const from = (siblingData as { from?: null | number }).from
  if (value == null || from == null || value >= from) return true
  return translate({ key: 'monthToBeforeFrom', t: req.t })
}

/** One step of a target's customer journey, with the brief an editor writes from. */
export const createPhasesCollection = ({
  slugs,
  formats,
  adminGroup = staticLabel({ key: 'groupEditorialLine' }),
  override,
}: {
  slugs: PluginSlugs
  /** The formats a phase may name as its optimal ones. */
  formats: FormatOption[]
  /** The admin navigation group's name per language (the host's translations of the key win). @default the plugin's own `groupEditorialLine` */
  adminGroup?: Record<string, string>
  override?: CollectionOverride
}) =>
  applyOverride<CollectionConfig>({
    override,
    config: {
      slug: slugs.phases,
      labels: { singular: label('phaseSingular'), plural: label('phasePlural') },
      admin: {
        group: adminGroup,
        useAsTitle: 'name',
        defaultColumns: ['name', 'target', 'key', 'order'],
        listSearchableFields: ['name'],
      },
      access: publicReadAdminWrite,
      hooks: {
        beforeChange: [refusePhaseMoveWhenUsed],
        beforeDelete: [
          refuseDeleteWhenUsed(
            { collection: slugs.posts, field: 'phase', message: 'inUseByPosts' },
            { collection: slugs.messages, field: 'phase', message: 'phaseHasMessages' },
          ),
        ],
      },
      defaultSort: 'order',
      indexes: [{ fields: ['target', 'key'], unique: true }],
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'target',
              type: 'relationship',
              relationTo: slugs.targets,
              label: label('target'),
              required: true,
              index: true,
            },
            { name: 'key', type: 'select', label: label('key'), required: true, options: phaseKeyOptions },
            { name: 'order', type: 'number', label: label('order'), min: 1, admin: { width: '120px' } },
          ],
        },
        { name: 'name', type: 'text', label: label('name'), required: true },
        {
          type: 'tabs',
          tabs: [
            {
              label: label('brief'),
              fields: [
                { name: 'clientState', type: 'textarea', label: label('clientState') },
                { name: 'emotion', type: 'text', label: label('emotion') },
                {
                  name: 'questions',
                  type: 'array',
                  label: label('questions'),
                  admin: { components: { RowLabel: arrayRowLabel('question') } },
                  fields: [{ name: 'question', type: 'text', label: label('question'), required: true }],
                },
                { name: 'priorityContent', type: 'textarea', label: label('priorityContent') },
                {
                  name: 'formats',
                  type: 'select',
                  hasMany: true,
                  label: label('formats'),
                  options: formatOptions(formats),
                },
                {
                  name: 'channels',
                  type: 'relationship',
                  relationTo: slugs.channels,
                  hasMany: true,
                  label: label('channelPlural'),
                  admin: { description: label('phaseChannelsDescription') },
                },
                { name: 'objective', type: 'textarea', label: label('objective') },
                { name: 'tone', type: 'text', label: label('tone') },
                {
                  name: 'adaptation',
                  type: 'textarea',
                  label: label('adaptation'),
                  admin: { description: label('adaptationDescription') },
                },
              ],
            },
            {
              label: label('timing'),
              fields: [
                {
                  name: 'months',
                  type: 'group',
                  label: label('months'),
                  admin: { description: label('monthsDescription') },
                  fields: [
                    {
                      type: 'row',
                      fields: [
                        { name: 'from', type: 'number', label: label('monthFrom'), required: true, min: 1 },
                        {
                          name: 'to',
                          type: 'number',
                          label: label('monthTo'),
                          min: 1,
                          validate: validateMonthTo,
                        },
                      ],
                    },
                  ],
                },
                timingField({ scope: 'phase' }),
              ],
            },
            // Copy rules (issue #28)
            {
              label: label('copyRules'),
              fields: [copyRulesField({ description: 'copyRulesPhaseDescription' })],
            },
          ],
        },
      ],
    },
  })
