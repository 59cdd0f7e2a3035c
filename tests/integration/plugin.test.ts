import type { CollectionConfig, Config, Payload, RequiredDataFromCollectionSlug } from 'payload'

import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { editorialLine } from 'payload-plugin-editorial-line'
import { startPayload } from '../helpers/payload'

const users: CollectionConfig = { slug: 'users', auth: true, fields: [] }
/** Data left incomplete on purpose, to see the defaults Payload and the plugin fill in. */
const partial = <T extends 'messages' | 'posts' | 'users'>(data: object) =>
  data as RequiredDataFromCollectionSlug<T>

const hostConfig = (collections: CollectionConfig[] = [users]) => ({ collections }) as Config

describe('editorialLine(options)(config)', () => {
  it('fails start-up on a bad option, naming it', () => {
    expect(() => editorialLine({ timezone: 'Mars/Olympus' })).toThrow(
      /editorialLine: invalid plugin options\n {2}- timezone: must be an IANA timezone/,
    )
  })

  it('adds the collections, the global and the roles, keeping the host’s hooks', () => {
    const hostHook = vi.fn(() => undefined)
    const config = editorialLine()(
      hostConfig([
        { ...users, fields: [{ name: 'name', type: 'text' }], hooks: { beforeChange: [hostHook] } },
      ]),
    )
    expect(config.collections?.map((collection) => collection.slug)).toEqual([
      'users',
      'targets',
      'phases',
      'messages',
      'channels',
      'posts',
      // The media library (#27), which posts' media point at.
      'media',
      // The deadline messages already sent (notifications), server-only.
      'editorial-line-notices',
    ])
    expect(config.globals?.map((global) => global.slug)).toEqual(['editorial-plan'])
    const usersConfig = config.collections![0]
    expect(usersConfig.fields.map((field) => ('name' in field ? field.name : ''))).toEqual([
      'name',
      'roles',
      'notifications',
    ])
    expect(usersConfig.hooks?.beforeChange).toHaveLength(2)
    // Each hook runs in the plugin's write scope (db/writesInHooks): the host's is called through it.
    const scoped = usersConfig.hooks?.beforeChange?.[1] as unknown as (args: object) => unknown
    scoped({ req: {} })
    expect(hostHook).toHaveBeenCalledOnce()
  })

  it('changes no language setting of the host: an English-only host stays English-only', async () => {
    const english = editorialLine()({
      ...hostConfig(),
      i18n: { supportedLanguages: { en }, fallbackLanguage: 'en' },
    } as Config)
    expect(Object.keys(english.i18n?.supportedLanguages ?? {})).toEqual(['en'])
    expect(english.i18n?.fallbackLanguage).toBe('en')
    // A host that names no language gets Payload's default (English alone), not the plugin's French.
    const unset = editorialLine()(hostConfig())
    expect(unset.i18n?.supportedLanguages).toBeUndefined()
    expect(unset.i18n?.fallbackLanguage).toBeUndefined()
    const built = await buildConfig({ ...unset, secret: 'x', db: undefined as never })
    expect(Object.keys(built.i18n.supportedLanguages)).toEqual(['en'])
    expect(built.i18n.fallbackLanguage).toBe('en')
    const strings = unset.i18n?.translations as Record<string, { editorialLine: Record<string, string> }>
    expect(strings.en.editorialLine.postPlural).toBe('Posts')
  })

  it('speaks a host language it does not know in its defaultLanguage, the host’s keys winning', () => {
    const config = editorialLine({ defaultLanguage: 'en' })({
      ...hostConfig(),
      i18n: {
        supportedLanguages: { de, en },
        fallbackLanguage: 'de',
        translations: { de: { editorialLine: { postPlural: 'Beiträge' } } },
      },
    } as Config)
    const strings = config.i18n?.translations as Record<string, { editorialLine: Record<string, string> }>
    expect(strings.de.editorialLine.postPlural).toBe('Beiträge')
    expect(strings.de.editorialLine.targetPlural).toBe('Targets')
    // Its own languages stay available to its strings, whatever the host supports.
    expect(strings.fr.editorialLine.targetPlural).toBe('Cibles')
    expect(Object.keys(config.i18n?.supportedLanguages ?? {})).toEqual(['de', 'en'])
    expect(config.i18n?.fallbackLanguage).toBe('de')
  })

  it('keeps user hooks given as overrides beside the plugin’s own', () => {
    const userHook = vi.fn(() => undefined)
    const config = editorialLine({ overrides: { messages: { hooks: { beforeChange: [userHook] } } } })(
      hostConfig(),
    )
    const messages = config.collections!.find((collection) => collection.slug === 'messages')!
    expect(messages.hooks?.beforeChange).toHaveLength(2)
    const scoped = messages.hooks?.beforeChange?.[1] as unknown as (args: object) => unknown
    scoped({ req: {} })
    expect(userHook).toHaveBeenCalledOnce()
  })

  it('lets the host’s own translations override the plugin’s strings key by key', () => {
    const config = editorialLine()({
      ...hostConfig(),
      i18n: {
        translations: {
          fr: { editorialLine: { postPlural: 'Publications LinkedIn' }, general: { welcome: 'Salut' } },
          en: { editorialLine: { postPlural: 'LinkedIn posts' } },
        },
      },
    } as Config)
    const translations = config.i18n?.translations as Record<
      'en' | 'fr',
      { editorialLine: Record<string, string>; general?: Record<string, string> }
    >
    expect(translations.fr.editorialLine.postPlural).toBe('Publications LinkedIn')
    expect(translations.en.editorialLine.postPlural).toBe('LinkedIn posts')
    // The keys the host leaves alone keep the plugin's wording, and the host's other namespaces stay.
    expect(translations.fr.editorialLine.targetPlural).toBe('Cibles')
    expect(translations.en.editorialLine.targetPlural).toBe('Targets')
    expect(translations.fr.general?.welcome).toBe('Salut')
  })

  it('names the admin navigation groups with the host’s wording of their keys', () => {
    const config = editorialLine()({
      ...hostConfig(),
      i18n: { translations: { fr: { editorialLine: { groupEditorialLine: 'Notre ligne' } } } },
    } as Config)
    const groupOf = (slug: string) =>
      [...config.collections!, ...config.globals!].find((entity) => entity.slug === slug)!.admin?.group
    for (const slug of ['targets', 'phases', 'messages', 'editorial-plan']) {
      expect(groupOf(slug)).toEqual({ fr: 'Notre ligne', en: 'Editorial line' })
    }
    // The key the host leaves alone keeps the plugin's wording in both languages.
    expect(groupOf('posts')).toEqual({ fr: 'Publications', en: 'Publishing' })
  })

  it('says which auth collection it is missing', () => {
    expect(() => editorialLine({ usersSlug: 'accounts' })(hostConfig())).toThrow(/no collection "accounts"/)
  })
})

describe('the plugin in a running Payload', () => {
  let payload: Payload
  let stop: () => Promise<void>

  beforeAll(async () => {
    ;({ payload, stop } = await startPayload())
  })
  afterAll(async () => stop?.())

  it('makes the first account an admin, later ones editors by default', async () => {
    const first = await payload.create({
      collection: 'users',
      data: partial<'users'>({ email: 'first@example.com', password: 'secret-1', name: 'First' }),
    })
    const second = await payload.create({
      collection: 'users',
      data: partial<'users'>({ email: 'second@example.com', password: 'secret-2', name: 'Second' }),
    })
    expect(first.roles).toEqual(['admin'])
    expect(second.roles).toEqual(['editor'])
  })

  it('derives a message’s target from its phase, whatever the caller sends', async () => {
    const of = await payload.create({
      collection: 'targets',
      data: { name: 'OF', slug: 'of', mixGroup: 'of' },
    })
    const coachs = await payload.create({
      collection: 'targets',
      data: { name: 'Coachs', slug: 'coachs', mixGroup: 'coachs' },
    })
    const phase = await payload.create({
      collection: 'phases',
      data: { target: of.id, key: 'awareness', name: 'OF — Awareness', months: { from: 1, to: 2 } },
    })
    const message = await payload.create({
      collection: 'messages',
      data: partial<'messages'>({ text: 'Personne pour valider à 23h', phase: phase.id, target: coachs.id }),
    })
    expect(message.target).toMatchObject({ id: of.id })
    expect(message.status).toBe('active')
  })

  it('sets the author of a post to the user who creates it', async () => {
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'editor@example.com', password: 'secret-3', name: 'Éditrice', roles: ['editor'] },
    })
    const channel = await payload.create({ collection: 'channels', data: { name: 'LinkedIn', slug: 'linkedin' } })
    const post = await payload.create({
      collection: 'posts',
      data: partial<'posts'>({ title: 'Brouillon' }),
      user: editor,
      overrideAccess: false,
    })
    expect(post.author).toMatchObject({ id: editor.id })
    expect(post.status).toBe('draft')
    // No channel given: the first active one (no phase yet to say which).
    expect(post.channel).toMatchObject({ id: channel.id, slug: 'linkedin' })
  })

  it('refuses a timing window whose end is not after its start, in French by default', async () => {
    await expect(
      payload.create({
        collection: 'targets',
        data: {
          name: 'X',
          slug: 'x',
          mixGroup: 'of',
          timing: { days: ['mon'], start: '10:00', end: '09:00' },
        },
      }),
    ).rejects.toMatchObject({
      data: {
        errors: [{ path: 'timing.end', message: 'L’heure de fin doit venir après l’heure de début.' }],
      },
    })
  })

  it('refuses a malformed slug and a malformed time', async () => {
    await expect(
      payload.create({ collection: 'targets', data: { name: 'Y', slug: 'Ministères', mixGroup: 'autres' } }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'slug' }] } })
    await expect(
      payload.create({
        collection: 'targets',
        data: { name: 'Z', slug: 'z', mixGroup: 'of', timing: { start: '8h30', end: '09:30' } },
      }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'timing.start' }] } })
  })

  it('refuses a monthly mix that does not add up to 100 or repeats a month', async () => {
    const row = { month: '2026-01', of: 90, coachs: 10, auditeurs: 0, autres: 0 }
    await expect(
      payload.updateGlobal({ slug: 'editorial-plan', data: { mix: [{ ...row, coachs: 15 }] } }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'mix', message: 'Les parts de 2026-01 font 105 %, pas 100 %.' }] },
    })
    await expect(
      payload.updateGlobal({ slug: 'editorial-plan', data: { mix: [row, row] } }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'mix' }] } })
    await expect(
      payload.updateGlobal({ slug: 'editorial-plan', data: { timezone: 'Europe/Lyon' } }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'timezone' }] } })
    const plan = await payload.updateGlobal({ slug: 'editorial-plan', data: { mix: [row] } })
    expect(plan.mix).toHaveLength(1)
  })

  it('refuses a second phase with the same journey step for one target', async () => {
    const { docs } = await payload.find({ collection: 'targets', where: { slug: { equals: 'of' } } })
    await expect(
      payload.create({
        collection: 'phases',
        data: { target: docs[0].id, key: 'awareness', name: 'Doublon', months: { from: 1 } },
      }),
    ).rejects.toMatchObject({ name: 'ValidationError' })
  })
})
