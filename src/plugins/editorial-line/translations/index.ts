import type { TFunction } from '@payloadcms/translations'
import type { LabelFunction } from 'payload'

import { NAMESPACE } from '../constants.js'
import { en, type EditorialLineTranslations } from './languages/en.js'
import { fr } from './languages/fr.js'

export const translations = { en, fr }

export type EditorialLineTranslationKey = keyof EditorialLineTranslations['editorialLine']

/** A key with plural forms (`inUseByPosts_one`, `inUseByPosts_other`) is used without its suffix. */
type CountedKey = EditorialLineTranslationKey extends infer K
  ? K extends `${infer Base}_one`
    ? Base
    : never
  : never

type PluginTFunction = TFunction<`${typeof NAMESPACE}:${EditorialLineTranslationKey}`>

/** Translates a plugin key with Payload's `t`, which is typed for Payload's own keys only. */
export const translate = ({
  key,
  t,
  vars,
}: {
  key: CountedKey | EditorialLineTranslationKey
  t: TFunction<any>
  vars?: Record<string, unknown>
}): string =>
  (t as PluginTFunction)(`${NAMESPACE}:${key}` as `${typeof NAMESPACE}:${EditorialLineTranslationKey}`, vars)

/**
 * The key in every language, for the few places Payload takes no label function (admin groups).
 * `languages`: the config's translations once the host's are merged in (`i18n.translations`), so that
 * a host's wording of the key wins there too; the plugin's own strings by default.
 */
export const staticLabel = ({
  key,
  languages = Object.fromEntries(
    Object.entries(translations).map(([language, { translations: own }]) => [language, own]),
  ),
}: {
  key: EditorialLineTranslationKey
  languages?: Record<string, unknown>
}): Record<string, string> =>
  Object.fromEntries(
    Object.entries(languages).flatMap(([language, strings]) => {
      const value = (strings as Record<string, Record<string, unknown> | undefined>)[NAMESPACE]?.[key]
      return typeof value === 'string' ? [[language, value]] : []
    }),
  )

/**
 * The key that names a value of a vocabulary: `valueKey({ prefix: 'format', value: 'short-video' })`
 * is `formatShortVideo`, `valueKey({ prefix: 'verdict', value: 'on_plan' })` is `verdictOnPlan`.
 */
export const valueKey = ({ prefix, value }: { prefix: string; value: string }) =>
  `${prefix}${value
    .split(/[-_]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')}` as EditorialLineTranslationKey

/** A label that follows the admin language. */
export const label =
  (key: EditorialLineTranslationKey): LabelFunction =>
  ({ t }) =>
    translate({ key, t })
