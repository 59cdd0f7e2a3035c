/**
 * The slugs of the plugin's collections and global. Typed as the default slugs so that every
 * `payload.find({ collection: slugs.posts })` stays typed against a host's generated types; the values
 * are the host's (`editorialLine({ slugs })`).
 */
export type PluginSlugs = {
  targets: 'targets'
  phases: 'phases'
  messages: 'messages'
  channels: 'channels'
  posts: 'posts'
  editorialPlan: 'editorial-plan'
  media: 'media'
}

/** The slugs a host gets unless it names others: the public API of the plugin's first versions. */
export const DEFAULT_SLUGS: PluginSlugs = {
  targets: 'targets',
  phases: 'phases',
  messages: 'messages',
  channels: 'channels',
  posts: 'posts',
  editorialPlan: 'editorial-plan',
  media: 'media',
}

/** The slugs as the host named them, filled in with the defaults. */
export const resolveSlugs = (slugs: Partial<Record<keyof PluginSlugs, string>> = {}): PluginSlugs =>
  ({ ...DEFAULT_SLUGS, ...slugs }) as PluginSlugs
