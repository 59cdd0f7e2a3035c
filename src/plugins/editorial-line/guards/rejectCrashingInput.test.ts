import type { Field, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { flattenAllFields, ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { rejectCrashingInput } from './rejectCrashingInput.js'

/** A collection as Payload sanitizes it: its fields, and the same flattened by Payload's rules. */
const collectionOf = (fields: Field[]) =>
  ({
    slug: 'notes',
    fields,
    flattenedFields: flattenAllFields({ fields }),
  }) as unknown as SanitizedCollectionConfig

const req = { t: (key: string) => key } as unknown as PayloadRequest

/** The paths the guard refuses for `data`, or none. */
const refusedPaths = (fields: Field[], data: Record<string, unknown>) => {
  try {
    rejectCrashingInput({
      args: { data } as never,
      collection: collectionOf(fields),
      context: {},
      operation: 'create',
      req,
    })
    return []
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    return (error.data as { errors: { path: string }[] }).errors.map(({ path }) => path)
  }
}

describe('rejectCrashingInput', () => {
  const NUL = 'a\u0000b'
  const fields: Field[] = [
    { name: 'title', type: 'text' },
    { type: 'row', fields: [{ name: 'inRow', type: 'text' }] },
    { type: 'collapsible', label: 'More', fields: [{ name: 'inCollapsible', type: 'text' }] },
    // An unnamed group only draws a box: its fields' data sits beside the others.
    { type: 'group', label: 'Box', fields: [{ name: 'inUnnamedGroup', type: 'text' }] },
    {
      type: 'tabs',
      tabs: [
        { label: 'Plain', fields: [{ name: 'inUnnamedTab', type: 'text' }] },
        { name: 'seo', label: 'SEO', fields: [{ name: 'description', type: 'text' }] },
      ],
    },
    { name: 'timing', type: 'group', fields: [{ name: 'note', type: 'text' }] },
    { name: 'steps', type: 'array', fields: [{ name: 'label', type: 'text' }] },
  ]

  it('finds a NUL in every field that holds data, through Payload’s layout fields and unnamed groups', () => {
    expect(
      refusedPaths(fields, {
        title: NUL,
        inRow: NUL,
        inCollapsible: NUL,
        inUnnamedGroup: NUL,
        inUnnamedTab: NUL,
        seo: { description: NUL },
        timing: { note: NUL },
        steps: [{ label: 'ok' }, { label: NUL }],
      }),
    ).toEqual([
      'title',
      'inRow',
      'inCollapsible',
      'inUnnamedGroup',
      'inUnnamedTab',
      'seo.description',
      'timing.note',
      'steps.1.label',
    ])
  })

  it('refuses a named group or tab given no object, and lets clean input through', () => {
    expect(refusedPaths(fields, { seo: null, timing: 'x' })).toEqual(['seo', 'timing'])
    expect(refusedPaths(fields, { title: 'ok', inUnnamedGroup: 'ok', seo: { description: 'ok' } })).toEqual(
      [],
    )
  })
})
