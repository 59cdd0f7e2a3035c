import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { dataFields } from './dataFields.js'

describe('dataFields', () => {
  it('sees through rows, collapsibles and unnamed tabs, and turns a named tab into a group', () => {
    const fields: Field[] = [
      { name: 'title', type: 'text' },
      {
        type: 'row',
        fields: [
          { name: 'target', type: 'text' },
          { type: 'ui', name: 'hint', admin: {} },
        ],
      },
      { type: 'collapsible', label: 'More', fields: [{ name: 'format', type: 'text' }] },
      {
        type: 'tabs',
        tabs: [
          { label: 'Plain', fields: [{ name: 'body', type: 'textarea' }] },
          { name: 'seo', label: 'SEO', fields: [{ name: 'description', type: 'text' }] },
        ],
      },
      { name: 'timing', type: 'group', fields: [{ name: 'start', type: 'text' }] },
    ]
    const found = dataFields(fields)
    expect(found.map((field) => [field.name, field.type])).toEqual([
      ['title', 'text'],
      ['target', 'text'],
      ['hint', 'ui'],
      ['format', 'text'],
      ['body', 'textarea'],
      ['seo', 'group'],
      ['timing', 'group'],
    ])
    // A group's own fields stay for the caller to walk, with its name as their prefix.
    const seo = found.find((field) => field.name === 'seo')
    expect(seo && 'fields' in seo ? seo.fields.map((field) => 'name' in field && field.name) : []).toEqual([
      'description',
    ])
  })
})
