import type { CollectionConfig, Config, GlobalConfig } from 'payload'

import { restrictEditLocks } from './access/restrictEditLocks.js'
import { createMessagesCollection } from './line/createMessagesCollection.js'
import { createChannelsCollection } from './line/createChannelsCollection.js'
import { createPhasesCollection } from './line/createPhasesCollection.js'
import { createPostsCollection } from './posts/createPostsCollection.js'
import { createTargetsCollection } from './line/createTargetsCollection.js'
import { createMediaCollection, withMediaLibrary } from './media/createMediaCollection.js'
import {
  calendarNavLink,
  calendarView,
  documentImportView,
  documentNavLinks,
  homeDashboard,
  mixNavLink,
  mixView,
  resultsNavLink,
  resultsView,
  reviewQueueLink,
} from './admin/componentPaths.js'
import { documentExportEndpoint } from './document/documentExportEndpoint.js'
import { documentImportEndpoint } from './document/documentImportEndpoint.js'
import { rolesField } from './users/rolesField.js'
import { type IsAdmin, lineAdminField } from './users/lineAdminField.js'
import { createEditorialPlanGlobal } from './line/createEditorialPlanGlobal.js'
import { firstUserIsAdmin } from './users/firstUserIsAdmin.js'
import { answerMalformedRequest } from './guards/answerMalformedRequest.js'
import { guardCollection, guardGlobal } from './guards/withGuards.js'
import { privateLine } from './line/privateLine.js'
import { privatePlan } from './line/privatePlan.js'
import { refuseRoleChange } from './users/refuseRoleChange.js'
import { NAMESPACE, PUBLIC_LINE_FIELDS } from './constants.js'
import {
  type EditorialLineOptions,
  refuseTakenSlugs,
  type ResolvedOptions,
  resolveOptions,
} from './options/resolveOptions.js'
import { staticLabel, translations } from './translations/index.js'
import { mergeHooks } from './options/applyOverride.js'
import { withWriteGuarantees } from './db/withWriteGuarantees.js'
import { keepSchemaOnly } from './options/keepSchemaOnly.js'
import type { PluginSettings } from './options/pluginSettings.js'
import { notificationsField } from './notifications/notificationsField.js'
import { sendEmailTask } from './notifications/sendEmailTask.js'
import { deadlinesTask } from './notifications/deadlinesTask.js'
import { deadlineNoticesCollection } from './notifications/deadlineNoticesCollection.js'

export type {
  CollectionOverride,
  EditorialLineOptions,
  GlobalOverride,
} from './options/resolveOptions.js'
export { DEFAULT_FORMATS, DEFAULT_GROUPS } from './options/resolveOptions.js'
export { DEFAULT_SLUGS, type PluginSlugs } from './options/slugs.js'
export type { IsAdmin } from './users/lineAdminField.js'
export type { MixGroupOption } from './mix/groups.js'
export type { FormatOption } from './posts/formats.js'
export type { MediaKind } from './media/mediaKinds.js'
export type { MediaOptions } from './options/resolveOptions.js'
export type { Format, MessageStatus, MixGroup, PhaseKey, PostStatus, Role, Weekday } from './constants.js'
export type { Level, RuleName } from './rules/types.js'
export type {
  EditorialLineData,
  MessageSeed,
  MixSeed,
  PhaseSeed,
  TargetSeed,
  TimingSeed,
} from './seed/editorialLineData.js'
export { and, hasRole, isSelf, isStaff, isStaffOrPublisher, or, userHasRole } from './access/index.js'
export { type SeedReport, seedEditorialLine } from './seed/seedEditorialLine.js'
export { wallClockInstant } from './time/wallClockInstant.js'

/**
 * Gives the users collection its `roles` field (unless the host already defines one), and the
 * virtual field that names the host's admins of the line (`isAdmin`).
 */
const withRolesField = (users: CollectionConfig, isAdmin?: IsAdmin): CollectionConfig => {
  const hasRoles = users.fields.some((field) => 'name' in field && field.name === 'roles')
  return {
    ...users,
    fields: [
      ...users.fields,
      ...(hasRoles ? [] : [rolesField]),
      ...(isAdmin ? [lineAdminField({ isAdmin })] : []),
    ],
  }
}

/** Each user's choice of notifications (#29), unless the host already has a `notifications` field. */
const withNotificationsField = (users: CollectionConfig, defaultLanguage: 'en' | 'fr'): CollectionConfig =>
  users.fields.some((field) => 'name' in field && field.name === 'notifications')
    ? users
    : { ...users, fields: [...users.fields, notificationsField({ defaultLanguage })] }

/**
 * The tasks that send the plugin's messages and watch its deadlines, beside the host's own jobs.
 * Disabled, the deadlines task keeps its schedule (the same tables) and does nothing.
 */
const withSendEmailTask = (jobs: Config['jobs'], enabled = true): NonNullable<Config['jobs']> => ({
  ...jobs,
  tasks: [
    ...(jobs?.tasks ?? []),
    ...([
      sendEmailTask,
      enabled ? deadlinesTask : { ...deadlinesTask, handler: async () => ({ output: {} }) },
    ] as NonNullable<NonNullable<Config['jobs']>['tasks']>),
  ],
})

/** Gives the users collection its `roles`, and the hooks that guard them. */
const withRoles = (users: CollectionConfig, isAdmin?: IsAdmin): CollectionConfig => {
  const withField = withRolesField(users, isAdmin)
  return {
    ...withField,
    hooks: mergeHooks(
      {
        beforeOperation: [refuseRoleChange],
        beforeChange: [firstUserIsAdmin],
      },
      users.hooks,
    ),
  }
}

/**
 * The plugin's strings in every language the host supports, and in French and English (its own):
 * a language the plugin does not speak gets those of `defaultLanguage`. A host's own `editorialLine`
 * keys (`i18n.translations.fr.editorialLine.postPlural`) win, key by key. The host's language
 * settings (`supportedLanguages`, `fallbackLanguage`) stay as the host wrote them.
 */
const withTranslations = (i18n: Config['i18n'], options: ResolvedOptions): NonNullable<Config['i18n']> => {
  const merged = { ...i18n?.translations } as Record<string, Record<string, unknown>>
  const own = translations as Record<string, { translations: Record<string, Record<string, string>> }>
  // Payload's default when a host names no language: English alone.
  const supported = Object.keys(i18n?.supportedLanguages ?? { en: true })
  for (const language of new Set([...supported, ...Object.keys(own)])) {
    const strings = (own[language] ?? own[options.defaultLanguage]).translations[NAMESPACE]
    const host = merged[language] ?? {}
    merged[language] = {
      ...host,
      [NAMESPACE]: { ...strings, ...(host[NAMESPACE] as Record<string, string> | undefined) },
    }
  }
  return { ...i18n, translations: merged as NonNullable<Config['i18n']>['translations'] }
}

/**
 * An editorial line as a Payload plugin (neutral by default; QALIA's is the `qalia` preset): targets, journey phases, key messages, posts
 * and the editorial plan, in French and English.
 */
export const editorialLine = (pluginOptions: EditorialLineOptions = {}) => {
  const options = resolveOptions(pluginOptions)

  return (config: Config): Config => {
    const collections = config.collections ?? []
    if (!collections.some((collection) => collection.slug === options.usersSlug)) {
      throw new Error(
        `editorialLine: no collection "${options.usersSlug}" to add roles to; set the usersSlug option to your auth collection`,
      )
    }
    const hostMedia = options.media.uploadsCollection
    if (hostMedia && !collections.some((collection) => collection.slug === hostMedia && collection.upload)) {
      throw new Error(
        `editorialLine: no upload collection "${hostMedia}" to use as the media library; set media.uploadsCollection to one of yours, or leave it out for the plugin's own`,
      )
    }
    refuseTakenSlugs({
      slugs: options.slugs,
      taken: [...collections, ...(config.globals ?? [])].map((entity) => entity.slug),
      hostMedia: Boolean(hostMedia),
    })
    const { overrides, slugs } = options
    // The strategy stays with the team and publishers unless the host opens it.
    const line = (collection: CollectionConfig, fields: readonly string[]) =>
      options.publicEditorialLine ? collection : privateLine({ collection, fields })
    const plan = options.publicEditorialLine ? (global: GlobalConfig) => global : privatePlan
    const i18n = withTranslations(config.i18n, options)
    // Payload takes no label function for navigation groups: their names come from the merged strings.
    const lineGroup = staticLabel({ key: 'groupEditorialLine', languages: i18n.translations })

    const targets = createTargetsCollection({
      slugs,
      groups: options.groups,
      adminGroup: lineGroup,
      override: overrides.targets,
    })
    const phases = createPhasesCollection({
      slugs,
      formats: options.formats,
      adminGroup: lineGroup,
      override: overrides.phases,
    })
    const messages = createMessagesCollection({ slugs, adminGroup: lineGroup, override: overrides.messages })
    const channels = createChannelsCollection({
      slugs,
      formats: options.formats,
      adminGroup: lineGroup,
      override: overrides.channels,
    })
    const posts = createPostsCollection({
      slugs,
      formats: options.formats,
      usersSlug: options.usersSlug,
      rules: options.rules,
      timezone: options.timezone,
      adminGroup: staticLabel({ key: 'groupPublishing', languages: i18n.translations }),
      override: overrides.posts,
    })
    // The plugin's own media library, unless the host names its upload collection (then extended below).
    const media = hostMedia
      ? undefined
      : createMediaCollection({
          slugs,
          media: options.media,
          adminGroup: staticLabel({ key: 'groupPublishing', languages: i18n.translations }),
          override: overrides.media,
        })
    const editorialPlan = createEditorialPlanGlobal({
      slugs,
      timezone: options.timezone,
      groups: options.groups,
      adminGroup: lineGroup,
      override: overrides.editorialPlan,
    })
    const settings: PluginSettings = {
      groups: options.groups,
      timezone: options.timezone,
      rules: options.rules,
      formats: options.formats,
      line: options.line,
      slugs,
      usersSlug: options.usersSlug,
      notifications: options.notifications,
      defaultLanguage: options.defaultLanguage,
    }

    // Disabled, the plugin leaves the same tables (the users' roles included) and nothing else.
    if (!options.enabled) {
      return {
        ...config,
        collections: [
          ...collections.map((collection) =>
            collection.slug === options.usersSlug
              ? withNotificationsField(withRolesField(collection), options.defaultLanguage)
              : collection.slug === hostMedia
                ? // The host's media keep the plugin's columns (fields, sizes), not its hooks or access.
                  (({ fields, upload }) => ({ ...collection, fields, upload }))(
                    withMediaLibrary({ collection, slugs, media: options.media }),
                  )
                : collection,
          ),
          ...[targets, phases, messages, channels, posts, ...(media ? [media] : [])].map(keepSchemaOnly),
          deadlineNoticesCollection,
        ],
        globals: [...(config.globals ?? []), keepSchemaOnly(editorialPlan)],
        jobs: withSendEmailTask(config.jobs, false),
        custom: { ...config.custom, [NAMESPACE]: settings },
        i18n,
      }
    }

    // The input and query guards go in front of every collection and global the plugin adds or touches;
    // the write guarantees (atomic saves, one writer at a time) wrap the host's adapter and hooks.
    return withWriteGuarantees({
      ...config,
      collections: [
        ...collections.map((collection) =>
          collection.slug === options.usersSlug
            ? guardCollection(
                withNotificationsField(withRoles(collection, options.isAdmin), options.defaultLanguage),
              )
            : collection.slug === hostMedia
              ? guardCollection(withMediaLibrary({ collection, slugs, media: options.media }))
              : collection,
        ),
        ...[
          line(targets, PUBLIC_LINE_FIELDS.targets),
          line(phases, PUBLIC_LINE_FIELDS.phases),
          line(messages, PUBLIC_LINE_FIELDS.messages),
          line(channels, PUBLIC_LINE_FIELDS.channels),
          posts,
          ...(media ? [media] : []),
        ].map(guardCollection),
        deadlineNoticesCollection,
      ],
      globals: [...(config.globals ?? []), guardGlobal(plan(editorialPlan))],
      jobs: withSendEmailTask(config.jobs),
      admin: {
        ...config.admin,
        // What the plugin's client components need of the options: the root `custom` stays on the server.
        custom: { ...config.admin?.custom, [NAMESPACE]: { slugs, formats: options.formats } },
        components: {
          ...config.admin?.components,
          // The team's home page, above Payload's collection cards (the dashboard's supported slot).
          beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), homeDashboard],
          afterNavLinks: [
            ...(config.admin?.components?.afterNavLinks ?? []),
            mixNavLink,
            calendarNavLink,
            reviewQueueLink,
            resultsNavLink,
            documentNavLinks,
          ],
          views: {
            ...config.admin?.components?.views,
            mix: { Component: mixView, path: '/mix' },
            calendar: { Component: calendarView, path: '/calendar' },
            results: { Component: resultsView, path: '/results' },
            document: { Component: documentImportView, path: '/document' },
          },
        },
      },
      endpoints: [...(config.endpoints ?? []), documentExportEndpoint, documentImportEndpoint],
      hooks: {
        ...config.hooks,
        afterError: [...(config.hooks?.afterError ?? []), answerMalformedRequest],
      },
      // What components and loaders that only get `payload` need of the options (see pluginSettings).
      custom: {
        ...config.custom,
        [NAMESPACE]: settings,
      },
      i18n,
      onInit: async (payload) => {
        await config.onInit?.(payload)
        restrictEditLocks({ payload, postsSlug: slugs.posts })
      },
    })
  }
}
