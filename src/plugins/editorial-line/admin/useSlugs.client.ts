'use client'

import { useConfig } from '@payloadcms/ui'

import type { PluginSlugs } from '../options/slugs.js'

import { NAMESPACE } from '../constants.js'
import { DEFAULT_SLUGS } from '../options/slugs.js'

/**
 * The slugs of the plugin's collections and global, in the browser: the root `custom` stays on the
 * server, so the plugin also leaves them in `admin.custom.editorialLine`, which the client config keeps.
 */
export const useSlugs = (): PluginSlugs => {
  const { config } = useConfig()
  const custom = config.admin?.custom as undefined | { [NAMESPACE]?: { slugs?: PluginSlugs } }
  return custom?.[NAMESPACE]?.slugs ?? DEFAULT_SLUGS
}
