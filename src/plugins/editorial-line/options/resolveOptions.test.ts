import { describe, expect, it } from 'vitest'

import {
  DEFAULT_FORMATS,
  DEFAULT_GROUPS,
  EMPTY_LINE,
  type EditorialLineOptions,
  refuseTakenSlugs,
  resolveOptions,
} from './resolveOptions.js'
import { DEFAULT_SLUGS } from './slugs.js'
import { defaultLevels } from '../rules/defaultLevels.js'

describe('resolveOptions', () => {
  it('fills in the documented defaults', () => {
    expect(resolveOptions()).toEqual({
      enabled: true,
      slugs: DEFAULT_SLUGS,
      usersSlug: 'users',
      groups: DEFAULT_GROUPS,
      formats: DEFAULT_FORMATS,
      line: EMPTY_LINE,
      defaultLanguage: 'fr',
      notifications: { reminderHours: 24, overdueHours: 2 },
      timezone: 'Europe/Paris',
      rules: defaultLevels,
      publicEditorialLine: false,
      media: { staticDir: './data/media', maxFileSize: 100 * 1024 * 1024, maxPixels: 40_000_000 },
      overrides: {},
    })
  })

  it('names no customer’s group or format by default', () => {
    expect(resolveOptions().groups.map((group) => group.value)).toEqual(['all'])
    expect(resolveOptions().formats.map((format) => format.value)).toEqual(['text', 'image', 'video'])
  })

  it('lets each rule’s level be set, keeping the others at their default', () => {
    const { rules } = resolveOptions({ rules: { timingWindow: 'warn', formatOptimal: 'off' } })
    expect(rules).toEqual({ ...defaultLevels, timingWindow: 'warn', formatOptimal: 'off' })
  })

  it('keeps valid options as given', () => {
    const options = resolveOptions({
      groups: [
        { value: 'alpha', label: 'Alpha' },
        { value: 'beta_2', label: { fr: 'Bêta', en: 'Beta' } },
      ],
      defaultLanguage: 'en',
      timezone: 'Indian/Reunion',
    })
    expect(options.groups.map((group) => group.value)).toEqual(['alpha', 'beta_2'])
    expect(options.defaultLanguage).toBe('en')
    expect(options.timezone).toBe('Indian/Reunion')
  })

  it('keeps the slugs it is given and the default of the others', () => {
    const { slugs } = resolveOptions({ slugs: { posts: 'social-posts', editorialPlan: 'line-plan' } })
    expect(slugs).toEqual({ ...DEFAULT_SLUGS, posts: 'social-posts', editorialPlan: 'line-plan' })
  })

  it('uses the host\'s upload collection as the media library, whose slug is then no clash', () => {
    const { slugs, media } = resolveOptions({ media: { uploadsCollection: 'uploads' } })
    expect(slugs.media).toBe('uploads')
    expect(media).toEqual({
      uploadsCollection: 'uploads',
      staticDir: './data/media',
      maxFileSize: 100 * 1024 * 1024,
      maxPixels: 40_000_000,
    })
    expect(() => refuseTakenSlugs({ slugs, taken: ['uploads'], hostMedia: true })).not.toThrow()
    expect(() => resolveOptions({ media: { maxFileSize: 0 } })).toThrow(/media\.maxFileSize/)
  })

  it('refuses a slug the host already uses, naming it', () => {
    const { slugs } = resolveOptions({ slugs: { posts: 'social-posts' } })
    expect(() => refuseTakenSlugs({ slugs, taken: ['users', 'posts', 'uploads'] })).not.toThrow()
    // The host's own `media` takes the plugin's media library's slug.
    expect(() => refuseTakenSlugs({ slugs, taken: ['media'] })).toThrow(/slugs\.media/)
    expect(() => refuseTakenSlugs({ slugs: DEFAULT_SLUGS, taken: ['users', 'posts'] })).toThrow(
      /slugs\.posts: the host already has "posts"/,
    )
    expect(() => refuseTakenSlugs({ slugs: DEFAULT_SLUGS, taken: ['editorial-plan'] })).toThrow(
      /slugs\.editorialPlan/,
    )
  })

  it.each<[string, EditorialLineOptions, RegExp]>([
    ['an unknown timezone', { timezone: 'Europe/Lyon' }, /timezone: must be an IANA timezone/],
    ['a language other than fr or en', { defaultLanguage: 'de' as 'fr' }, /defaultLanguage:/],
    [
      'the channels option, now a collection',
      { channels: [{ value: 'linkedin', label: 'LinkedIn' }] } as unknown as EditorialLineOptions,
      /channels: channels are a collection now/,
    ],
    ['no group', { groups: [] }, /groups: give at least one group/],
    [
      'a group value with a dash',
      { groups: [{ value: 'a-b', label: 'AB' }] },
      /groups\.0\.value: must start/,
    ],
    [
      'a group named like a plan row field',
      { groups: [{ value: 'month', label: 'M' }] },
      /groups\.0\.value: cannot be/,
    ],
    [
      'the same group twice',
      {
        groups: [
          { value: 'alpha', label: 'A' },
          { value: 'alpha', label: 'B' },
        ],
      },
      /groups: group values must be unique/,
    ],
    [
      'a group label in one language only',
      { groups: [{ value: 'alpha', label: { fr: 'A' } as never }] },
      /groups\.0\.label/,
    ],
    [
      'a misspelt option',
      { timeZone: 'Europe/Paris' } as EditorialLineOptions,
      /\(options\): Unrecognized key.*timeZone/,
    ],
    [
      'an override of an unknown collection',
      { overrides: { post: {} } } as EditorialLineOptions,
      /overrides: Unrecognized key.*post/,
    ],
    [
      'an unknown rule',
      { rules: { timing: 'warn' } } as EditorialLineOptions,
      /rules: Unrecognized key.*timing/,
    ],
    ['no format', { formats: [] }, /formats: give at least one format/],
    [
      'a format value with capitals',
      { formats: [{ value: 'Video', label: 'V' }] },
      /formats\.0\.value: must be lowercase/,
    ],
    [
      'the same format twice',
      {
        formats: [
          { value: 'text', label: 'Text' },
          { value: 'text', label: 'Texte' },
        ],
      },
      /formats: format values must be unique/,
    ],
    ['a line that is not one', { line: { targets: 'x' } as never }, /line: must be an editorial line/],
    ['an unknown level', { rules: { timingWindow: 'error' as 'warn' } }, /rules\.timingWindow: /],
    [
      'publicEditorialLine given as a string',
      { publicEditorialLine: 'yes' as unknown as boolean },
      /publicEditorialLine: /,
    ],
    ['a slug with capitals', { slugs: { posts: 'SocialPosts' } }, /slugs\.posts: must be lowercase/],
    ['a slug with a slash', { slugs: { targets: 'a/b' } }, /slugs\.targets: must be lowercase/],
    ['two collections on one slug', { slugs: { posts: 'messages' } }, /slugs: slugs must be unique/],
    [
      'an unknown slug key',
      { slugs: { post: 'x' } } as EditorialLineOptions,
      /slugs: Unrecognized key.*post/,
    ],
    [
      'an override of a slug',
      { overrides: { posts: { slug: 'articles' } as never } },
      /overrides\.posts: set the slug with the slugs option/,
    ],
  ])('refuses %s with a message naming the option', (_, options, message) => {
    expect(() => resolveOptions(options)).toThrow(message)
    expect(() => resolveOptions(options)).toThrow(/^editorialLine: invalid plugin options/)
  })
})
