import type { CollectionConfig } from 'payload'

import type { CollectionOverride } from '../options/resolveOptions.js'
import type { PluginSlugs } from '../options/slugs.js'

import { hasRole } from '../access/hasRole.js'
import { publicReadAdminWrite } from '../access/publicReadAdminWrite.js'
import { messageStatusOptions } from '../translations/optionLists.js'
import { refuseDeleteWhenUsed } from './refuseDeleteWhenUsed.js'
import { setMessageTarget } from './setMessageTarget.js'
import { label, staticLabel } from '../translations/index.js'
import { applyOverride } from '../options/applyOverride.js'

/** A key message (message clé) of one journey phase. */
export const createMessagesCollection = ({
  slugs,
  adminGroup = staticLabel({ key: 'groupEditorialLine' }),
  override,
}: {
  slugs: PluginSlugs
  /** The admin navigation group's name per language (the host's translations of the key win). @default the plugin's own `groupEditorialLine` */
  adminGroup?: Record<string, string>
  override?: CollectionOverride
}) =>
  applyOverride<CollectionConfig>({
    override,
    config: {
      slug: slugs.messages,
      labels: { singular: label('messageSingular'), plural: label('messagePlural') },
      admin: {
        group: adminGroup,
        useAsTitle: 'text',
        defaultColumns: ['text', 'phase', 'target', 'status'],
        listSearchableFields: ['text'],
      },
      access: publicReadAdminWrite,
      hooks: {
        beforeChange: [setMessageTarget],
        beforeDelete: [
          refuseDeleteWhenUsed({ collection: slugs.posts, field: 'message', message: 'inUseByPosts' }),
        ],
      },
      fields: [
        { name: 'text', type: 'text', label: label('text'), required: true },
        {
          type: 'row',
          fields: [
            {
              name: 'phase',
              type: 'relationship',
              relationTo: slugs.phases,
              label: label('phase'),
              required: true,
              index: true,
            },
            {
              name: 'target',
              type: 'relationship',
              relationTo: slugs.targets,
              label: label('target'),
              index: true,
              admin: { readOnly: true, description: label('messageTargetDescription') },
            },
          ],
        },
        {
          name: 'status',
          type: 'select',
          label: label('status'),
          required: true,
          defaultValue: 'active',
          options: messageStatusOptions,
          admin: { position: 'sidebar' },
        },
        {
          // Ties a seeded message to its line in the customer's document, so a second seed
          // recognises it even after an admin rewrote its text.
          name: 'seedKey',
          type: 'text',
          index: true,
          admin: { hidden: true },
          access: { read: hasRole('admin') },
        },
      ],
    },
  })
