import type { CollectionConfig, Field } from 'payload'

import { buildConfig } from 'payload'

import { Users } from '../src/collections/Users'
import { databaseAdapter } from '../src/db/databaseAdapter'
import { editorialLine } from 'payload-plugin-editorial-line'
import { qalia } from 'payload-plugin-editorial-line/qalia'
import { createPostsCollection } from '../src/plugins/editorial-line/posts/createPostsCollection'
import { resolveOptions } from '../src/plugins/editorial-line/options/resolveOptions'

export const PLAIN_POSTS_SLUG = 'plain-posts'
export const BARE_POSTS_SLUG = 'bare-posts'

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
 * The app's users, the plugin with its defaults, and the plain and bare collections, on `uri` (SQLite or
 * PostgreSQL). `push: false` for a second process on a database the first one shaped.
 */
export const benchConfig = ({ uri, push = true }: { uri: string; push?: boolean }) =>
  buildConfig({
    admin: { user: Users.slug },
    collections: [Users, plainPostsCollection(), barePostsCollection()],
    db: databaseAdapter({ uri, push }),
    plugins: [editorialLine({ ...qalia })],
    secret: 'bench-secret',
    logger: { options: { level: 'warn' } },
  })
