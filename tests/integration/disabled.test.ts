import type { CollectionConfig, Config, Field, Payload } from 'payload'

import { describe, expect, it } from 'vitest'

import { editorialLine } from 'payload-plugin-editorial-line'
import { startPayload } from '../helpers/payload'
import { listColumns, listIndexes } from '../helpers/schema'

const users: CollectionConfig = { slug: 'users', auth: true, fields: [] }
const host = () => ({ collections: [users], globals: [] }) as unknown as Config

/** Every hook and admin component of a field list, as `path:kind`, wherever it nests. */
const behaviour = (fields: Field[], prefix = ''): string[] =>
  fields.flatMap((field) => {
    const path = `${prefix}${'name' in field ? field.name : field.type}`
    const own = [
      ...Object.keys((field as { hooks?: object }).hooks ?? {}).map((hook) => `${path}:hooks.${hook}`),
      ...Object.keys((field.admin as { components?: object } | undefined)?.components ?? {}).map(
        (component) => `${path}:components.${component}`,
      ),
    ]
    const nested =
      'fields' in field
        ? (field.fields as Field[])
        : field.type === 'tabs'
          ? field.tabs.flatMap((tab) => tab.fields)
          : []
    return [...own, ...behaviour(nested, `${path}.`)]
  })

describe('editorialLine({ enabled: false })', () => {
  it('adds the collections, the global and the roles, with no hook, endpoint, view or component', () => {
    const enabled = editorialLine()(host())
    const disabled = editorialLine({ enabled: false })(host())
    const slugsOf = (config: Config) => [
      ...config.collections!.map((collection) => collection.slug),
      ...config.globals!.map((global) => global.slug),
    ]
    expect(slugsOf(disabled)).toEqual(slugsOf(enabled))
    for (const entity of [...disabled.collections!, ...disabled.globals!]) {
      const hooks = Object.values(entity.hooks ?? {}).flat()
      expect(hooks, entity.slug).toEqual([])
      expect(entity.endpoints || [], entity.slug).toEqual([])
      expect((entity.admin as { components?: object } | undefined)?.components, entity.slug).toBeUndefined()
      expect(behaviour(entity.fields), entity.slug).toEqual([])
    }
    expect(disabled.collections![0].fields.map((field) => ('name' in field ? field.name : ''))).toEqual([
      'roles',
      'notifications',
    ])
    expect(disabled.endpoints ?? []).toEqual([])
    expect(disabled.admin?.components).toBeUndefined()
    expect(disabled.hooks).toBeUndefined()
    expect(disabled.onInit).toBeUndefined()
    // The enabled plugin does add them: the comparison above is not empty by construction.
    expect(behaviour(enabled.collections!.find((c) => c.slug === 'posts')!.fields).length).toBeGreaterThan(0)
    expect(enabled.admin?.components?.views).toHaveProperty('calendar')
  })

  it('leaves the database schema exactly as the enabled plugin makes it', async () => {
    const schema = async (enabled: boolean) => {
      const { payload, stop } = await startPayload({ editorialLine: { enabled } })
      try {
        return { columns: await listColumns(payload), indexes: await listIndexes(payload) }
      } finally {
        await stop()
      }
    }
    const on = await schema(true)
    const off = await schema(false)
    expect(on.columns).toContain('posts.status')
    expect(off.columns).toEqual(on.columns)
    expect(off.indexes).toEqual(on.indexes)
  })

  it('runs no rule or workflow: a post is a plain document', async () => {
    const started = await startPayload({ editorialLine: { enabled: false } })
    const payload: Payload = started.payload
    try {
      // The channel is required whatever the flag; switched off, no hook fills it in: it is given.
      const channel = await payload.create({ collection: 'channels', data: { name: 'LinkedIn', slug: 'linkedin' } })
      const post = await payload.create({
        collection: 'posts',
        data: { title: 'Sans règles', status: 'approved', channel: channel.id } as never,
      })
      // Enabled, a post cannot be created approved (the workflow) nor lack its author (setAuthor).
      expect(post.status).toBe('approved')
      expect(post.author ?? null).toBeNull()
    } finally {
      await started.stop()
    }
  })
})
