import type { CollectionConfig, GlobalConfig } from 'payload'

import type { CollectionOverride, GlobalOverride } from './resolveOptions.js'

type Hooks = Record<string, unknown[] | undefined>

/** The plugin's hooks first, then the user's, for every hook name either side has. */
export const mergeHooks = <T extends object | undefined>(pluginHooks: T, userHooks: T): T => {
  const merged: Hooks = { ...(pluginHooks as Hooks) }
  for (const [name, hooks] of Object.entries((userHooks ?? {}) as Hooks)) {
    merged[name] = [...(merged[name] ?? []), ...(hooks ?? [])]
  }
  return merged as T
}

/**
 * Applies a user's override to a collection or global built by the plugin: `admin` and `access`
 * are merged key by key, hooks run side by side, `fields` is a function of the plugin's fields,
 * anything else replaces the plugin's value.
 */
export const applyOverride = <T extends CollectionConfig | GlobalConfig>({
  config,
  override,
}: {
  config: T
  override?: CollectionOverride | GlobalOverride
}): T => {
  if (!override) return config
  const { access, admin, fields, hooks, ...rest } = override
  return {
    ...config,
    ...rest,
    access: { ...config.access, ...access },
    admin: { ...config.admin, ...admin },
    fields: fields ? fields({ defaultFields: config.fields }) : config.fields,
    hooks: mergeHooks(config.hooks, hooks),
    slug: config.slug,
  } as T
}
