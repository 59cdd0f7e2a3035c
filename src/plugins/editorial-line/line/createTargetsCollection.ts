import type { CollectionConfig } from 'payload'

import type { CollectionOverride } from '../options/resolveOptions.js'
import type { PluginSlugs } from '../options/slugs.js'

import { publicReadAdminWrite } from '../access/publicReadAdminWrite.js'
import { arrayRowLabel } from '../admin/componentPaths.js'
import type { MixGroupOption } from '../mix/groups.js'
import { timingField } from './timing.js'
import { validateSlug } from '../validators/textValidations.js'
import { refuseDeleteWhenUsed } from './refuseDeleteWhenUsed.js'
import { label, staticLabel } from '../translations/index.js'
import { applyOverride } from '../options/applyOverride.js'
import { copyRulesField } from './copyRulesField.js'

/** An audience of the editorial line (cible): when and how to address it. */
export const createTargetsCollection = ({
  slugs,
  groups,
  adminGroup = staticLabel({ key: 'groupEditorialLine' }),
  override,
}: {
  slugs: PluginSlugs
  /** The groups a target may belong to. */
  groups: MixGroupOption[]
  /** The admin navigation group's name per language (the host's translations of the key win). @default the plugin's own `groupEditorialLine` */
  adminGroup?: Record<string, string>
  override?: CollectionOverride
}) =>
  applyOverride<CollectionConfig>({
    override,
    config: {
      slug: slugs.targets,
      labels: { singular: label('targetSingular'), plural: label('targetPlural') },
      admin: {
        group: adminGroup,
        useAsTitle: 'name',
        defaultColumns: ['name', 'slug', 'mixGroup', 'tone'],
        listSearchableFields: ['name', 'slug'],
      },
      access: publicReadAdminWrite,
      hooks: {
        beforeDelete: [
          refuseDeleteWhenUsed(
            { collection: slugs.posts, field: 'target', message: 'inUseByPosts' },
            { collection: slugs.phases, field: 'target', message: 'targetHasPhases' },
          ),
        ],
      },
      defaultSort: 'createdAt',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: label('name'), required: true },
            {
              name: 'slug',
              type: 'text',
              label: label('slug'),
              required: true,
              unique: true,
              index: true,
              validate: validateSlug,
              admin: { description: label('slugDescription') },
            },
          ],
        },
        {
          name: 'mixGroup',
          type: 'select',
          label: label('mixGroup'),
          required: true,
          options: groups.map(({ value, label }) => ({ value, label })),
          admin: { description: label('mixGroupDescription') },
        },
        { name: 'context', type: 'textarea', label: label('context') },
        timingField({ scope: 'target' }),
        {
          name: 'channels',
          type: 'relationship',
          relationTo: slugs.channels,
          hasMany: true,
          label: label('channelPlural'),
          admin: { description: label('targetChannelsDescription') },
        },
        {
          name: 'gate',
          type: 'group',
          label: label('gate'),
          admin: { description: label('gateDescription') },
          fields: [
            {
              name: 'fromMonth',
              type: 'number',
              label: label('fromMonth'),
              min: 1,
              admin: { description: label('fromMonthDescription') },
            },
            {
              type: 'row',
              fields: [
                { name: 'prerequisite', type: 'text', label: label('prerequisite') },
                {
                  name: 'prerequisiteMet',
                  type: 'checkbox',
                  label: label('prerequisiteMet'),
                  defaultValue: false,
                },
              ],
            },
            {
              name: 'activeClientsAbove',
              type: 'number',
              label: label('activeClientsAbove'),
              min: 0,
              admin: { description: label('activeClientsAboveDescription') },
            },
          ],
        },
        { name: 'tone', type: 'text', label: label('tone') },
        {
          name: 'approach',
          type: 'group',
          label: label('approach'),
          fields: [
            {
              name: 'dos',
              type: 'array',
              label: label('dos'),
              admin: { components: { RowLabel: arrayRowLabel('text') } },
              fields: [{ name: 'text', type: 'text', label: label('text'), required: true }],
            },
            {
              name: 'donts',
              type: 'array',
              label: label('donts'),
              admin: { components: { RowLabel: arrayRowLabel('text') } },
              fields: [{ name: 'text', type: 'text', label: label('text'), required: true }],
            },
          ],
        },
        // Copy rules (issue #28)
        copyRulesField({ description: 'copyRulesDescription' }),
      ],
    },
  })
