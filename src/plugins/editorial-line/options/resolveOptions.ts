import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import { z } from 'zod'

import type { MixGroupOption } from '../mix/groups.js'
import type { FormatOption } from '../posts/formats.js'
import type { EditorialLineData } from '../seed/editorialLineData.js'
import type { Level, RuleName } from '../rules/types.js'

import { defaultLevels } from '../rules/defaultLevels.js'

import type { IsAdmin } from '../users/lineAdminField.js'

import { isSlug } from '../validators/slug.js'
import { DEFAULT_SLUGS, type PluginSlugs } from './slugs.js'
import { isTimezone } from '../validators/timezone.js'

/** Changes to one of the plugin's collections. Its slug is set by the `slugs` option, not here. */
export type CollectionOverride = Partial<Omit<CollectionConfig, 'fields' | 'slug'>> & {
  /** Receives the plugin's fields and returns the fields to use. */
  fields?: (args: { defaultFields: Field[] }) => Field[]
}

/** Changes to the editorial plan global. Its slug is set by the `slugs` option, not here. */
export type GlobalOverride = Partial<Omit<GlobalConfig, 'fields' | 'slug'>> & {
  /** Receives the plugin's fields and returns the fields to use. */
  fields?: (args: { defaultFields: Field[] }) => Field[]
}

/** One group for every target: the default of `groups`, until the host names its own. */
export const DEFAULT_GROUPS: MixGroupOption[] = [
  { value: 'all', label: { fr: 'Toutes les cibles', en: 'All targets' } },
]

/** A neutral vocabulary: the default of `formats`, until the host names its own. */
export const DEFAULT_FORMATS: FormatOption[] = [
  { value: 'text', label: { fr: 'Texte', en: 'Text' } },
  { value: 'image', label: { fr: 'Image', en: 'Image' } },
  { value: 'video', label: { fr: 'Vidéo', en: 'Video' } },
]

/** No target, no mix: the default of `line`. */
export const EMPTY_LINE: EditorialLineData = {
  targets: [],
  mix: [],
  plan: { startMonth: '2026-01', timezone: 'Europe/Paris', activeClients: 0, mixTolerance: 10 },
}

/** Names a plan row already uses, or that Payload gives every row. */
const RESERVED_GROUP_VALUES = ['id', 'month']

export type EditorialLineOptions = {
  /**
   * Set to `false` to switch the plugin off while keeping its schema: the collections, the global and
   * the users' `roles` stay with the same fields (a host's migrations do not change with the flag),
   * with no hooks, endpoints, admin views or components, and no guards.
   * @default true
   */
  enabled?: boolean
  /**
   * Slugs of the plugin's collections and global, for a host that already uses one of them (a blog's
   * `posts`): lowercase letters, digits and dashes, unique, and no collection or global of the host's.
   * @default { targets: 'targets', phases: 'phases', messages: 'messages', channels: 'channels', posts: 'posts', editorialPlan: 'editorial-plan', media: 'media' }
   */
  slugs?: Partial<Record<keyof PluginSlugs, string>>
  /**
   * Slug of the auth collection that gets the `roles` field.
   * @default 'users'
   */
  usersSlug?: string
  /**
   * Names the host's users who administer the editorial line, for a host that already has users (the
   * first account created after install is otherwise the only admin): each user for whom it returns
   * `true` is the plugin's admin (writes the plan, targets, phases and messages, reviews, changes
   * roles) whatever their stored `roles`. Worked out each time the user is read, never stored. It
   * should depend on the user's document alone: the people a submission notifies are read again only
   * after a user is created, saved or deleted.
   * @example isAdmin: ({ user }) => user.role === 'owner'
   * @default none: only users whose roles hold `admin`
   */
  isAdmin?: IsAdmin
  /**
   * Removed: channels are the `channels` collection now (name, slug, formats, maximum length, own
   * slot), which admins edit; a line's first channels come with its data (`line.channels`, loaded by
   * `seedEditorialLine`). Giving it stops the start-up with a message saying so.
   * @deprecated
   */
  channels?: never
  /**
   * Target groups whose monthly share the plan sets: each target belongs to one, and each plan row
   * holds one percentage field per group, named by its `value` (lowercase letters, digits, `_`).
   * @default one group, `all`
   */
  groups?: MixGroupOption[]
  /**
   * The formats a post can take (and a phase names as its optimal ones): `{ value, label }`, value
   * lowercase letters, digits and dashes, label a string or one per language.
   * @default text, image, video
   */
  formats?: FormatOption[]
  /**
   * The host's editorial line as data (its seed): what the document importer falls back on for what a
   * document leaves out (a new plan's mix, a target's prose), and what `seedEditorialLine` loads.
   * @default an empty line (no target, no mix)
   */
  line?: EditorialLineData
  /**
   * The language of the plugin's strings in an admin language it does not speak (it speaks French
   * and English). The admin's languages stay the host's (`i18n.supportedLanguages`, `fallbackLanguage`).
   * @default 'fr'
   */
  defaultLanguage?: 'en' | 'fr'
  /**
   * Notifications (#29): how long before its slot a post still in review reminds its reviewers
   * (`reminderHours`), and how long after its slot an approved post not reported published warns the
   * admins (`overdueHours`).
   * @default { reminderHours: 24, overdueHours: 2 }
   */
  notifications?: { reminderHours?: number; overdueHours?: number }
  /**
   * Timezone the editorial plan starts with; admins can change it in the plan.
   * @default 'Europe/Paris'
   */
  timezone?: string
  /**
   * Level of each editorial rule: `block` refuses the write, `warn` stores a warning on the post,
   * `off` skips the rule. Rules not named keep their default.
   * @default { formatOptimal: 'warn', phaseMonths: 'warn', mixTolerance: 'warn', every other rule: 'block' }
   */
  rules?: Partial<Record<RuleName, Level>>
  /**
   * Opens the editorial line to everyone: anonymous callers read targets, phases, messages and the
   * plan in full. By default only the editorial team and publishers read them, and anyone else gets
   * only the name and slug of an approved post's target, its phase's name and its key message's text.
   * @default false
   */
  publicEditorialLine?: boolean
  /**
   * The media library (#27): the upload collection that posts' `media` point at. By default the
   * plugin adds its own (`slugs.media`), storing files under `staticDir`; name the host's own upload
   * collection in `uploadsCollection` (as `@payloadcms/plugin-seo` does) and the plugin adds its
   * fields, checks and access to that one instead.
   * @default { staticDir: './data/media', maxFileSize: 104857600, maxPixels: 40000000 }
   */
  media?: MediaOptions
  /** Overrides for the plugin's collections and global; hooks given here run after the plugin's. */
  overrides?: {
    targets?: CollectionOverride
    phases?: CollectionOverride
    messages?: CollectionOverride
    channels?: CollectionOverride
    posts?: CollectionOverride
    /** The plugin's own media collection (not a host's `uploadsCollection`). */
    media?: CollectionOverride
    editorialPlan?: GlobalOverride
  }
}

export type MediaOptions = {
  /**
   * Slug of the host's own upload collection to use as the media library instead of the plugin's:
   * the plugin adds its fields (`alt`, `kind`, `pages`, `duration`), checks and access to it.
   * @default none: the plugin's own collection, slug `slugs.media`
   */
  uploadsCollection?: string
  /**
   * Where the plugin's own collection stores its files (Payload's local storage).
   * @default './data/media'
   */
  staticDir?: string
  /**
   * The largest file accepted, in bytes; a larger one is refused with a 413.
   * @default 104857600 (100 MB, LinkedIn's limit for a document post)
   */
  maxFileSize?: number
  /**
   * The largest image accepted, in pixels (width × height, read from the header before decoding):
   * a guard against decompression bombs.
   * @default 40000000 (40 megapixels)
   */
  maxPixels?: number
}

/** What `media` resolves to. */
export type ResolvedMediaOptions = Required<Omit<MediaOptions, 'uploadsCollection'>> &
  Pick<MediaOptions, 'uploadsCollection'>

export const DEFAULT_MEDIA_OPTIONS: ResolvedMediaOptions = {
  staticDir: './data/media',
  maxFileSize: 100 * 1024 * 1024,
  maxPixels: 40_000_000,
}

const override = z
  .object({ fields: z.function().optional() })
  .loose()
  .refine((value) => !('slug' in value), {
    message: 'set the slug with the slugs option',
  })

const optionsSchema = z
  .object({
    enabled: z.boolean().default(true),
    slugs: z
      .object(
        Object.fromEntries(
          Object.keys(DEFAULT_SLUGS).map((key) => [
            key,
            z.string().refine(isSlug, { message: 'must be lowercase letters, digits and dashes' }).optional(),
          ]),
        ),
      )
      .strict()
      .default({})
      .transform((slugs) => ({ ...DEFAULT_SLUGS, ...slugs }) as PluginSlugs)
      .refine((slugs) => new Set(Object.values(slugs)).size === Object.keys(slugs).length, {
        message: 'slugs must be unique',
      }),
    usersSlug: z.string().min(1).default('users'),
    isAdmin: z
      .custom<IsAdmin>((value) => typeof value === 'function', { message: 'must be a function' })
      .optional(),
    // Channels were a select filled from this option; they are a collection now. A host upgrading
    // with the option still set learns where its channels went instead of silently losing them.
    channels: z
      .unknown()
      .refine((value) => value === undefined, {
        message:
          'channels are a collection now ("channels": name, slug, formats, maximum length, slot), edited by admins; remove the option and create them in the admin or in line.channels (seedEditorialLine). The migration turns each existing post\'s channel into a row',
      })
      .optional(),
    groups: z
      .array(
        z.object({
          value: z
            .string()
            .regex(/^[a-z][a-z0-9_]{0,29}$/, {
              message: 'must start with a lowercase letter, then lowercase letters, digits or _',
            })
            .refine((value) => !RESERVED_GROUP_VALUES.includes(value), {
              message: `cannot be ${RESERVED_GROUP_VALUES.join(' or ')}`,
            }),
          label: z.union([
            z.string().min(1),
            z.object({ fr: z.string().min(1), en: z.string().min(1) }).strict(),
          ]),
        }),
      )
      .min(1, { message: 'give at least one group' })
      .max(12, { message: 'give at most 12 groups' })
      .refine((groups) => new Set(groups.map((group) => group.value)).size === groups.length, {
        message: 'group values must be unique',
      })
      .default(DEFAULT_GROUPS),
    formats: z
      .array(
        z.object({
          value: z.string().refine(isSlug, { message: 'must be lowercase letters, digits and dashes' }),
          label: z.union([z.string().min(1), z.record(z.string(), z.string().min(1))]),
        }),
      )
      .min(1, { message: 'give at least one format' })
      .refine((formats) => new Set(formats.map((format) => format.value)).size === formats.length, {
        message: 'format values must be unique',
      })
      .default(DEFAULT_FORMATS),
    line: z
      .custom<EditorialLineData>(
        (value) =>
          typeof value === 'object' &&
          value !== null &&
          Array.isArray((value as EditorialLineData).targets) &&
          Array.isArray((value as EditorialLineData).mix) &&
          typeof (value as EditorialLineData).plan === 'object',
        { message: 'must be an editorial line: { targets, mix, plan }' },
      )
      .default(EMPTY_LINE),
    defaultLanguage: z.enum(['fr', 'en']).default('fr'),
    notifications: z
      .object({
        reminderHours: z.number().positive().default(24),
        overdueHours: z.number().nonnegative().default(2),
      })
      .strict()
      .default({ reminderHours: 24, overdueHours: 2 }),
    timezone: z
      .string()
      .refine(isTimezone, { message: 'must be an IANA timezone such as Europe/Paris' })
      .default('Europe/Paris'),
    rules: z
      .object(
        Object.fromEntries(
          Object.keys(defaultLevels).map((rule) => [rule, z.enum(['block', 'warn', 'off']).optional()]),
        ),
      )
      .strict()
      .default({})
      .transform((levels) => ({ ...defaultLevels, ...levels }) as Record<RuleName, Level>),
    publicEditorialLine: z.boolean().default(false),
    media: z
      .object({
        uploadsCollection: z.string().min(1).optional(),
        staticDir: z.string().min(1).default(DEFAULT_MEDIA_OPTIONS.staticDir),
        maxFileSize: z.number().int().positive().default(DEFAULT_MEDIA_OPTIONS.maxFileSize),
        maxPixels: z.number().int().positive().default(DEFAULT_MEDIA_OPTIONS.maxPixels),
      })
      .strict()
      .default(DEFAULT_MEDIA_OPTIONS),
    overrides: z
      .object({
        targets: override.optional(),
        phases: override.optional(),
        messages: override.optional(),
        channels: override.optional(),
        posts: override.optional(),
        media: override.optional(),
        editorialPlan: override.optional(),
      })
      .strict()
      .default({}),
  })
  .strict()

export type ResolvedOptions = Required<
  Omit<EditorialLineOptions, 'channels' | 'isAdmin' | 'media' | 'notifications' | 'overrides' | 'rules' | 'slugs'>
> & {
  media: ResolvedMediaOptions
  notifications: { reminderHours: number; overdueHours: number }
  isAdmin?: IsAdmin
  overrides: NonNullable<EditorialLineOptions['overrides']>
  slugs: PluginSlugs
  rules: Record<RuleName, Level>
}

/** Validates the options and fills in defaults; throws an error naming every bad option. */
export const resolveOptions = (options: EditorialLineOptions = {}): ResolvedOptions => {
  const parsed = optionsSchema.safeParse(options)
  if (parsed.success) {
    const resolved = parsed.data as ResolvedOptions
    // A host's own upload collection is the media library: posts point at it under its slug.
    const uploads = resolved.media.uploadsCollection
    return uploads ? { ...resolved, slugs: { ...resolved.slugs, media: uploads as 'media' } } : resolved
  }
  const problems = parsed.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(options)'
    return `  - ${path}: ${issue.message}`
  })
  throw new Error(`editorialLine: invalid plugin options\n${problems.join('\n')}`)
}

/** Refuses slugs that a host's own collection or global already takes (and the users collection). */
export const refuseTakenSlugs = ({
  slugs,
  taken,
  hostMedia = false,
}: {
  slugs: PluginSlugs
  /** The slugs of the host's collections and globals. */
  taken: readonly string[]
  /** The media library is the host's own upload collection (`media.uploadsCollection`): its slug is meant to be taken. */
  hostMedia?: boolean
}) => {
  const clashes = Object.entries(slugs).filter(
    ([key, slug]) => taken.includes(slug) && !(hostMedia && key === 'media'),
  )
  if (clashes.length === 0) return
  const problems = clashes.map(
    ([key, slug]) => `  - slugs.${key}: the host already has "${slug}"; name the plugin's another way`,
  )
  throw new Error(`editorialLine: invalid plugin options\n${problems.join('\n')}`)
}
