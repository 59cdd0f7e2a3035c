import type { CollectionConfig, Field } from 'payload'

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Users } from '../src/collections/Users'
import { databaseAdapter } from '../src/db/databaseAdapter'
import { editorialLine } from 'payload-plugin-editorial-line'
import { qalia } from 'payload-plugin-editorial-line/qalia'
import { createPostsCollection } from '../src/plugins/editorial-line/posts/createPostsCollection'
import { resolveOptions } from '../src/plugins/editorial-line/options/resolveOptions'
import { MEDIA_IMAGE_SIZES, MEDIA_MIME_TYPES } from '../src/plugins/editorial-line/media/mediaKinds'

export const PLAIN_POSTS_SLUG = 'plain-posts'
export const BARE_POSTS_SLUG = 'bare-posts'
export const PLAIN_MEDIA_SLUG = 'plain-media'

/** What Payload itself costs: one text field, no versions, no hooks, open access. */
const barePostsCollection = (): CollectionConfig => ({
  slug: BARE_POSTS_SLUG,
  access: { read: () => true, create: () => true, update: () => true, delete: () => true },
  fields: [{ name: 'title', type: 'text' }],
})

/** The plugin's field list without its field-level access, everywhere it nests. */
const withoutAccess = (fields: Field[]): Field[] =>
  fields.map((field) => {
    const { access: _access, ...rest } = field as Field & { access?: unknown }
    return 'fields' in rest && Array.isArray(rest.fields)
      ? ({ ...rest, fields: withoutAccess(rest.fields as Field[]) } as Field)
      : (rest as Field)
  })

/**
 * The baseline: the posts' fields, versions and default sort, but none of the plugin's hooks, access
 * rules, endpoints or compound indexes (Payload names those after their fields alone: they would clash).
 */
const plainPostsCollection = (): CollectionConfig => {
  const options = resolveOptions({ ...qalia })
  const posts = createPostsCollection({
    slugs: options.slugs,
    formats: options.formats,
    usersSlug: options.usersSlug,
    rules: options.rules,
    timezone: options.timezone,
  })
  return {
    slug: PLAIN_POSTS_SLUG,
    access: { read: () => true, create: () => true, update: () => true, delete: () => true },
    versions: posts.versions,
    defaultSort: posts.defaultSort,
    fields: withoutAccess(posts.fields),
  }
}

/**
 * The baseline of the media library: a Payload upload collection with the same file types and image
 * sizes (made with sharp alike), an `alt` text field, and none of the plugin's checks, facts or access.
 */
const plainMediaCollection = ({ staticDir }: { staticDir: string }): CollectionConfig => ({
  slug: PLAIN_MEDIA_SLUG,
  access: { read: () => true, create: () => true, update: () => true, delete: () => true },
  upload: {
    staticDir,
    mimeTypes: [...MEDIA_MIME_TYPES],
    imageSizes: MEDIA_IMAGE_SIZES.map((size) => ({ ...size })),
  },
  fields: [{ name: 'alt', type: 'text' }],
})

/**
 * The app's users, the plugin with its defaults, and the plain and bare collections, on `uri` (SQLite
 * or PostgreSQL); the plugin's media and the plain collection's files under `mediaDir`, apart (a
 * temporary folder when not given). `push: false` for a second process on a database the first one shaped.
 */
export const benchConfig = ({
  uri,
  mediaDir = mkdtempSync(path.join(tmpdir(), 'bench-media-')),
  push = true,
}: {
  uri: string
  mediaDir?: string
  push?: boolean
}) =>
  buildConfig({
    admin: { user: Users.slug },
    collections: [
      Users,
      plainPostsCollection(),
      barePostsCollection(),
      plainMediaCollection({ staticDir: path.join(mediaDir, 'plain') }),
    ],
    db: databaseAdapter({ uri, push }),
    plugins: [editorialLine({ ...qalia, media: { staticDir: path.join(mediaDir, 'plugin') } })],
    secret: 'bench-secret',
    sharp,
    logger: { options: { level: 'warn' } },
  })
