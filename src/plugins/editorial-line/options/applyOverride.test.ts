import type { CollectionConfig } from 'payload'

import { describe, expect, it } from 'vitest'

import { applyOverride, mergeHooks } from './applyOverride.js'

const pluginHook = () => undefined
const userHook = () => undefined
const otherUserHook = () => undefined

const base: CollectionConfig = {
  slug: 'posts',
  access: { read: () => true, delete: () => false },
  admin: { useAsTitle: 'title', group: 'Publishing' },
  fields: [{ name: 'title', type: 'text' }],
  hooks: { beforeChange: [pluginHook] },
}

describe('applyOverride', () => {
  it('returns the plugin config untouched without an override', () => {
    expect(applyOverride({ config: base })).toBe(base)
  })

  it('keeps the plugin hooks and runs the user hooks after them', () => {
    const result = applyOverride({
      config: base,
      override: { hooks: { beforeChange: [userHook], afterChange: [otherUserHook] } },
    })
    expect(result.hooks?.beforeChange).toEqual([pluginHook, userHook])
    expect(result.hooks?.afterChange).toEqual([otherUserHook])
  })

  it('merges admin and access key by key', () => {
    const read = () => false
    const result = applyOverride({ config: base, override: { access: { read }, admin: { group: 'Mine' } } })
    expect(result.access?.read).toBe(read)
    expect(result.access?.delete).toBe(base.access?.delete)
    expect(result.admin).toEqual({ useAsTitle: 'title', group: 'Mine' })
  })

  it('lets the user add fields around the plugin fields', () => {
    const result = applyOverride({
      config: base,
      override: { fields: ({ defaultFields }) => [...defaultFields, { name: 'extra', type: 'text' }] },
    })
    expect(result.fields.map((field) => ('name' in field ? field.name : ''))).toEqual(['title', 'extra'])
  })

  it('never changes the slug', () => {
    const result = applyOverride({ config: base, override: { slug: 'articles' } as never })
    expect(result.slug).toBe('posts')
  })
})

describe('mergeHooks', () => {
  it('handles missing hooks on either side', () => {
    expect(mergeHooks(undefined, { afterRead: [userHook] })).toEqual({ afterRead: [userHook] })
    expect(mergeHooks({ afterRead: [pluginHook] }, undefined)).toEqual({ afterRead: [pluginHook] })
  })
})
