'use client'

import { useConfig } from '@payloadcms/ui'

import type { FormatOption } from '../posts/formats.js'

import { NAMESPACE } from '../constants.js'

/** The declared formats, in the browser (left in `admin.custom.editorialLine` by the plugin). */
export const useFormats = (): FormatOption[] => {
  const { config } = useConfig()
  const custom = config.admin?.custom as undefined | { [NAMESPACE]?: { formats?: FormatOption[] } }
  return custom?.[NAMESPACE]?.formats ?? []
}
