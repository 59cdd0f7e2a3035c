import type { Payload } from 'payload'

import type { MixGroupOption } from '../mix/groups.js'
import type { Level, RuleName } from '../rules/types.js'

import type { PluginSlugs } from './slugs.js'
import type { FormatOption } from '../posts/formats.js'
import type { EditorialLineData } from '../seed/editorialLineData.js'

import { NAMESPACE } from '../constants.js'

/** What of the plugin's options the code that only gets `payload` needs. */
export type PluginSettings = {
  /** The declared target groups. */
  groups: MixGroupOption[]
  /** The plan's timezone until the plan sets one (the `timezone` option). */
  timezone: string
  /** Level of each editorial rule (the `rules` option, resolved). */
  rules: Record<RuleName, Level>
  /** The declared formats (the `formats` option). */
  formats: FormatOption[]
  /** The host's line as data (the `line` option): the document importer's fallback. */
  line: EditorialLineData
  /** Slugs of the plugin's collections and global (the `slugs` option, resolved). */
  slugs: PluginSlugs
  /** The auth collection whose users write, review and get notified (the `usersSlug` option). */
  usersSlug: string
  /** When reminders and overdue warnings go out (the `notifications` option, resolved). */
  notifications: { reminderHours: number; overdueHours: number }
  /** The language of messages to people who chose none (the `defaultLanguage` option). */
  defaultLanguage: 'en' | 'fr'
}

/**
 * The options `editorialLine` left in the config (`custom.editorialLine`) for components, endpoints
 * and loaders that are handed `payload` rather than the options.
 */
export const pluginSettings = ({ payload }: { payload: Payload }): PluginSettings => {
  const custom = payload.config.custom as undefined | { [NAMESPACE]?: PluginSettings }
  const settings = custom?.[NAMESPACE]
  if (!settings) {
    throw new Error('editorialLine: no settings in config.custom.editorialLine (is the plugin installed?)')
  }
  return settings
}

/** The declared target groups. */
export const configuredGroups = ({ payload }: { payload: Payload }) => pluginSettings({ payload }).groups

/** Slugs of the plugin's collections and global, as the host named them. */
export const pluginSlugs = ({ payload }: { payload: Payload }) => pluginSettings({ payload }).slugs

/** The declared formats. */
export const configuredFormats = ({ payload }: { payload: Payload }) => pluginSettings({ payload }).formats
