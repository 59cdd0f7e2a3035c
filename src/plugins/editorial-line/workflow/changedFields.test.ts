import { describe, expect, it } from 'vitest'

import { changedFields, sameFieldValue } from './changedFields.js'

const body = { root: { type: 'root', children: [{ type: 'paragraph', text: 'Bonjour' }] } }
const before = {
  title: 'Titre',
  body,
  target: 3,
  phase: 7,
  message: 12,
  format: 'text',
  channel: 'linkedin',
  publishAt: '2026-03-10T08:00:00.000Z',
}

describe('changedFields', () => {
  it('sees no change when a form sends the post back as it was', () => {
    const sent = {
      ...before,
      body: { root: { children: [{ text: 'Bonjour', type: 'paragraph' }], type: 'root' } },
      target: { id: 3, name: 'OF' },
      phase: '7',
      publishAt: '2026-03-10T09:00:00+01:00',
      status: 'approved',
      reviewLog: [],
    }
    expect(changedFields({ before, sent })).toEqual({ contentChanged: false, publishAtMoved: false })
  })

  it('sees a changed text, relationship or select', () => {
    expect(changedFields({ before, sent: { title: 'Autre titre' } }).contentChanged).toBe(true)
    expect(changedFields({ before, sent: { message: 13 } }).contentChanged).toBe(true)
    expect(changedFields({ before, sent: { format: 'carousel' } }).contentChanged).toBe(true)
    expect(
      changedFields({ before, sent: { body: { root: { type: 'root', children: [] } } } }).contentChanged,
    ).toBe(true)
  })

  it('tells a moved date apart from other changes', () => {
    expect(changedFields({ before, sent: { publishAt: '2026-03-10T08:15:00.000Z' } })).toEqual({
      contentChanged: false,
      publishAtMoved: true,
    })
    expect(changedFields({ before, sent: { publishAt: null } }).publishAtMoved).toBe(true)
  })

  it('ignores fields the save leaves out, and treats empty values alike', () => {
    expect(changedFields({ before, sent: {} })).toEqual({ contentChanged: false, publishAtMoved: false })
    expect(changedFields({ before: { format: null }, sent: { format: '' } }).contentChanged).toBe(false)
  })
})

describe('sameFieldValue', () => {
  it('compares dates as instants, relationships by id and empty values alike', () => {
    const same = (field: string, before: unknown, after: unknown) => sameFieldValue({ field, before, after })
    expect(same('publishAt', '2026-03-10T08:00:00.000Z', '2026-03-10T09:00:00+01:00')).toBe(true)
    expect(same('publishAt', '2026-03-10T08:00:00.000Z', '2026-03-10T08:30:00.000Z')).toBe(false)
    expect(same('publishAt', null, '2026-03-10T08:00:00.000Z')).toBe(false)
    expect(same('target', { id: 3, name: 'OF' }, '3')).toBe(true)
    expect(same('phase', 7, 8)).toBe(false)
    expect(same('format', null, '')).toBe(true)
    expect(same('format', 'text', 'carousel')).toBe(false)
  })
})
