import type { Field, FieldAccess } from 'payload'

import { describe, expect, it } from 'vitest'

import { restrictFieldReads } from './restrictFieldReads.js'

const read: FieldAccess = () => false
const own: FieldAccess = () => true

/** Each field at the document's level by name (rows and unnamed tabs opened), with its read access. */
const readAccess = (fields: Field[], found: Record<string, unknown> = {}) => {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) if (!('name' in tab && tab.name)) readAccess(tab.fields, found)
    } else if ('name' in field && field.type !== 'ui') found[field.name] = field.access?.read
    if ('fields' in field && !('name' in field)) readAccess(field.fields, found)
  }
  return found
}

describe('restrictFieldReads', () => {
  const fields: Field[] = [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text' },
        { name: 'slug', type: 'text' },
      ],
    },
    { name: 'context', type: 'textarea' },
    { name: 'seedKey', type: 'text', access: { read: own } },
    { name: 'gate', type: 'group', fields: [{ name: 'name', type: 'text' }] },
    {
      type: 'tabs',
      tabs: [
        { label: 'Brief', fields: [{ name: 'objective', type: 'text' }] },
        { name: 'named', label: 'Named', fields: [{ name: 'name', type: 'text' }] },
      ],
    },
    { name: 'preview', type: 'ui', admin: { components: { Field: 'x#y' } } },
  ]

  it('restricts every data field but those kept, through rows and unnamed tabs', () => {
    const restricted = restrictFieldReads({ fields, keep: ['name', 'slug'], read })
    const access = readAccess(restricted)
    expect(access).toMatchObject({
      name: undefined,
      slug: undefined,
      context: read,
      gate: read,
      objective: read,
    })
  })

  it('keeps a field’s own read access, and restricts a named tab’s fields whatever their names', () => {
    const restricted = restrictFieldReads({ fields, keep: ['name', 'slug'], read })
    expect(readAccess(restricted).seedKey).toBe(own)
    const tabs = restricted.find((field) => field.type === 'tabs')!
    const named = tabs.type === 'tabs' ? tabs.tabs[1].fields[0] : undefined
    expect(named && 'access' in named ? named.access?.read : undefined).toBe(read)
  })

  it('leaves the fields given untouched', () => {
    restrictFieldReads({ fields, keep: [], read })
    expect((fields[1] as { access?: unknown }).access).toBeUndefined()
  })
})
