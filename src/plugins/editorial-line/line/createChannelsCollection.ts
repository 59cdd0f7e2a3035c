import type { CollectionConfig, NumberFieldSingleValidation } from 'payload'

import { number } from 'payload/shared'

import type { CollectionOverride } from '../options/resolveOptions.js'
import type { PluginSlugs } from '../options/slugs.js'
import type { FormatOption } from '../posts/formats.js'

import { publicReadAdminWrite } from '../access/publicReadAdminWrite.js'
import { formatOptions } from '../translations/optionLists.js'
import { timingField } from './timing.js'
import { formatRequirementsField } from './formatRequirementsField.js'
import { validateSlug } from '../validators/textValidations.js'
import { refuseDeleteWhenUsed } from './refuseDeleteWhenUsed.js'
import { label, staticLabel, translate } from '../translations/index.js'
import { applyOverride } from '../options/applyOverride.js'
import { isPositiveInteger } from '../validators/positiveInteger.js'

/** Empty, or a whole number from 1 up: Payload's number field alone takes 2.5. */
const validatePositiveInteger: NumberFieldSingleValidation = (value, options) => {
  const base = number(value, options)
  if (base !== true) return base
  return value == null || isPositiveInteger(value) ? true : translate({ key: 'positiveInteger', t: options.req.t })
}

/**
 * Where a post goes out (LinkedIn, a newsletter): which formats it takes, how long a post's text may
 * be, and, for a channel with its own sending time, its slot and monthly cap.
 */
export const createChannelsCollection = ({
  slugs,
  formats,
  adminGroup = staticLabel({ key: 'groupEditorialLine' }),
  override,
}: {
  slugs: PluginSlugs
  /** The formats a channel may take. */
  formats: FormatOption[]
  /** The admin navigation group's name per language (the host's translations of the key win). @default the plugin's own `groupEditorialLine` */
  adminGroup?: Record<string, string>
  override?: CollectionOverride
}) =>
  applyOverride<CollectionConfig>({
    override,
    config: {
      slug: slugs.channels,
      labels: { singular: label('channelSingular'), plural: label('channelPlural') },
      admin: {
        group: adminGroup,
        useAsTitle: 'name',
        defaultColumns: ['name', 'slug', 'active', 'maxLength', 'formats'],
        listSearchableFields: ['name', 'slug'],
      },
      access: publicReadAdminWrite,
      hooks: {
        beforeDelete: [refuseDeleteWhenUsed({ collection: slugs.posts, field: 'channel', message: 'inUseByPosts' })],
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
              admin: { description: label('channelSlugDescription') },
            },
          ],
        },
        {
          name: 'active',
          type: 'checkbox',
          label: label('channelActive'),
          defaultValue: true,
          admin: { description: label('channelActiveDescription') },
        },
        {
          name: 'maxLength',
          type: 'number',
          label: label('channelMaxLength'),
          min: 1,
          validate: validatePositiveInteger,
          admin: { description: label('channelMaxLengthDescription') },
        },
        {
          name: 'formats',
          type: 'select',
          hasMany: true,
          label: label('channelFormats'),
          options: formatOptions(formats),
          admin: { description: label('channelFormatsDescription') },
        },
        timingField({ scope: 'channel' }),
        {
          name: 'maxPostsPerMonth',
          type: 'number',
          label: label('maxPostsPerMonth'),
          min: 1,
          validate: validatePositiveInteger,
          admin: { description: label('channelMaxPostsDescription') },
        },
        formatRequirementsField({ formats }),
      ],
    },
  })
