import type { CollectionConfig, Field, Plugin } from 'payload'

export const PLAIN_POSTS_SLUG = 'plain-posts'

/**
 * A field as Payload itself draws it: no field-level access and no custom admin component (the
 * plugin's menus and panels), everywhere it nests; the plugin's `ui` fields (brief, preview, slot
 * picker…) dropped, since a plain collection has none.
 */
const plainFields = (fields: Field[]): Field[] =>
  fields
    .filter((field) => field.type !== 'ui')
    .map((field) => {
      const { access: _access, ...rest } = field as Field & { access?: unknown }
      const admin = 'admin' in rest && rest.admin ? { ...rest.admin, components: undefined } : undefined
      const plain = { ...rest, ...(admin ? { admin } : {}) } as Field
      return 'fields' in plain && Array.isArray(plain.fields)
        ? ({ ...plain, fields: plainFields(plain.fields as Field[]) } as Field)
        : plain
    })

/**
 * Adds, after the editorial-line plugin, a collection with the posts' fields, versions and default
 * sort, and none of the plugin's hooks, access rules, components or views: the baseline the admin
 * benchmark compares the post edit view with. In the benchmark's app variant only
 * (`bench/admin/payload.config.ts`), never in the app users get.
 */
export const plainPostsPlugin =
  ({ postsSlug = 'posts' }: { postsSlug?: string } = {}): Plugin =>
  (config) => {
    const posts = config.collections?.find((collection) => collection.slug === postsSlug)
    if (!posts) throw new Error(`plainPostsPlugin: no "${postsSlug}" collection to copy`)
    const plain: CollectionConfig = {
      slug: PLAIN_POSTS_SLUG,
      access: { read: () => true, create: () => true, update: () => true, delete: () => true },
      admin: { useAsTitle: posts.admin?.useAsTitle, defaultColumns: posts.admin?.defaultColumns },
      versions: posts.versions,
      defaultSort: posts.defaultSort,
      fields: plainFields(posts.fields),
    }
    return { ...config, collections: [...(config.collections ?? []), plain] }
  }
