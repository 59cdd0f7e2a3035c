import type { CollectionConfig, Field } from 'payload'

import type { CollectionOverride, ResolvedMediaOptions } from '../options/resolveOptions.js'
import type { PluginSlugs } from '../options/slugs.js'

import { or } from '../access/combine.js'
import { isStaff } from '../access/isStaff.js'
import { applyOverride, mergeHooks } from '../options/applyOverride.js'
import { label, staticLabel } from '../translations/index.js'
import { absoluteMediaUrls } from './absoluteMediaUrls.js'
import { inspectUpload } from './inspectUpload.js'
import { MEDIA_IMAGE_SIZES, MEDIA_KINDS, MEDIA_MIME_TYPES } from './mediaKinds.js'
import { mediaOfPublicPosts } from './mediaOfPublicPosts.js'
import { refuseDeletingPublicMedia } from './refuseDeletingPublicMedia.js'
import { setMediaFacts } from './setMediaFacts.js'
import { validateAlt } from './validateAlt.js'

/** What the plugin adds to a media collection, its own or the host's: the facts the rules read. */
export const mediaFields = (): Field[] => [
  {
    name: 'alt',
    type: 'text',
    label: label('mediaAlt'),
    // Required on images only: the server knows the kind from the content (setMediaFacts).
    validate: validateAlt,
    admin: { description: label('mediaAltDescription') },
  },
  {
    name: 'kind',
    type: 'select',
    label: label('mediaKind'),
    options: MEDIA_KINDS.map((kind) => ({
      value: kind,
      label: label(`mediaKind${kind.charAt(0).toUpperCase()}${kind.slice(1)}` as 'mediaKindImage'),
    })),
    index: true,
    // Set by the server from the file's content; what a caller sends is ignored.
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    name: 'pages',
    type: 'number',
    label: label('mediaPages'),
    admin: { readOnly: true, position: 'sidebar', condition: (data) => data?.kind === 'document' },
  },
  {
    name: 'duration',
    type: 'number',
    label: label('mediaDuration'),
    admin: { readOnly: true, position: 'sidebar', condition: (data) => data?.kind === 'video' },
  },
]

/** The checks of every upload and the refusal to delete a file that approved posts use. */
const mediaHooks = ({
  slugs,
  media,
}: {
  slugs: PluginSlugs
  media: ResolvedMediaOptions
}): NonNullable<CollectionConfig['hooks']> => ({
  // Before Payload reads, resizes or writes anything: a refused file leaves nothing behind.
  beforeOperation: [inspectUpload({ maxFileSize: media.maxFileSize, maxPixels: media.maxPixels })],
  beforeChange: [setMediaFacts],
  afterRead: [absoluteMediaUrls],
  beforeDelete: [refuseDeletingPublicMedia({ postsSlug: slugs.posts })],
})

/**
 * The team reads every file; anyone else (anonymous callers, publishers) a file that an approved or
 * published post uses. Payload applies the same read access to `/api/<slug>/file/<name>`, for the
 * original's name and each size's.
 */
const mediaAccess = ({ slugs }: { slugs: PluginSlugs }): NonNullable<CollectionConfig['access']> => ({
  read: or(isStaff, mediaOfPublicPosts({ postsSlug: slugs.posts })),
  create: isStaff,
  update: isStaff,
  delete: isStaff,
})

/** The plugin's media library: images, PDF documents and MP4 videos, stored by Payload. */
export const createMediaCollection = ({
  slugs,
  media,
  adminGroup = staticLabel({ key: 'groupPublishing' }),
  override,
}: {
  slugs: PluginSlugs
  media: ResolvedMediaOptions
  /** The admin navigation group's name per language. @default the plugin's own `groupPublishing` */
  adminGroup?: Record<string, string>
  override?: CollectionOverride
}): CollectionConfig =>
  applyOverride<CollectionConfig>({
    override,
    config: {
      slug: slugs.media,
      labels: { singular: label('mediaSingular'), plural: label('mediaPlural') },
      admin: {
        group: adminGroup,
        useAsTitle: 'filename',
        defaultColumns: ['filename', 'kind', 'alt', 'filesize', 'updatedAt'],
      },
      access: mediaAccess({ slugs }),
      upload: {
        staticDir: media.staticDir,
        mimeTypes: [...MEDIA_MIME_TYPES],
        imageSizes: MEDIA_IMAGE_SIZES.map((size) => ({ ...size })),
        adminThumbnail: 'thumbnail',
      },
      hooks: mediaHooks({ slugs, media }),
      fields: mediaFields(),
    },
  })

/**
 * The host's own upload collection as the media library (`media.uploadsCollection`): the plugin's
 * fields (those the host has not named itself), image sizes, checks and read access join the host's.
 */
export const withMediaLibrary = ({
  collection,
  slugs,
  media,
}: {
  collection: CollectionConfig
  slugs: PluginSlugs
  media: ResolvedMediaOptions
}): CollectionConfig => {
  const upload = typeof collection.upload === 'object' ? collection.upload : {}
  const has = (name: string) => collection.fields.some((field) => 'name' in field && field.name === name)
  const sizes = upload.imageSizes ?? []
  return {
    ...collection,
    upload: {
      ...upload,
      imageSizes: [
        ...sizes,
        ...MEDIA_IMAGE_SIZES.filter(({ name }) => !sizes.some((size) => size.name === name)).map((size) => ({
          ...size,
        })),
      ],
    },
    // The read access is the plugin's: a draft's file stays with the team whatever the host allowed.
    access: { ...collection.access, read: mediaAccess({ slugs }).read },
    hooks: mergeHooks(mediaHooks({ slugs, media }), collection.hooks),
    fields: [...collection.fields, ...mediaFields().filter((field) => !('name' in field && has(field.name)))],
  }
}
