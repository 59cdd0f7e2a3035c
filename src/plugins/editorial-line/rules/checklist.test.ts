import { describe, expect, it } from 'vitest'

import { checklist } from './checklist.js'
import { defaultLevels } from './defaultLevels.js'
import { runRules } from './runRules.js'
import { contextFor, messages, phases } from './testing/fixtures.js'

const check = (context: Parameters<typeof runRules>[0]['context']) =>
  checklist({ findings: runRules({ context, levels: defaultLevels }) })

describe('checklist', () => {
  it('ticks all five control points for a compliant post', () => {
    expect(check(contextFor({ phase: 'of.awareness', at: '2026-01-06 09:00' }))).toEqual({
      target: true,
      phase: true,
      message: true,
      format: true,
      channel: true,
      timing: true,
      complete: true,
    })
  })

  it('leaves everything unticked for an empty draft', () => {
    expect(
      check({
        ...contextFor({ phase: 'of.awareness', at: '2026-01-06 09:00' }),
        post: {},
        target: null,
        phase: null,
        message: null,
      }),
    ).toEqual({
      target: false,
      phase: false,
      message: false,
      format: false,
      // No channel yet is the server's to fill in (the phase's first): nothing to fix there.
      channel: true,
      timing: false,
      complete: false,
    })
  })

  it('unticks the point a blocking rule is about, and only that one', () => {
    const context = contextFor({ phase: 'of.awareness', at: '2026-01-05 14:00' })
    expect(check(context)).toMatchObject({ timing: false, target: true, message: true, complete: false })
    const wrongPhase = contextFor({ phase: 'of.awareness', at: '2026-01-06 09:00' })
    expect(
      check({ ...wrongPhase, phase: phases['coachs.awareness'], message: messages['coachs.awareness.1'] }),
    ).toMatchObject({
      phase: false,
      target: true,
    })
  })

  it('unticks the channel for a text too long for it, and the format for one it does not take', () => {
    const base = contextFor({ phase: 'of.awareness', at: '2026-01-06 09:00' })
    const channel = { id: 'linkedin', name: 'LinkedIn', slug: 'linkedin', active: true, maxLength: 10, formats: ['carousel'] }
    expect(
      check({ ...base, post: { ...base.post, channel: 'linkedin', bodyText: 'onze lettres' }, channel, channels: [channel] }),
    ).toMatchObject({ channel: false, format: false, target: true, complete: false })
  })

  it('unticks the format while the post lacks the media its format needs on its channel', () => {
    const base = contextFor({ phase: 'of.awareness', at: '2026-01-06 09:00', format: 'carousel' })
    const channel = {
      id: 'linkedin',
      name: 'LinkedIn',
      slug: 'linkedin',
      formatRequirements: [{ format: 'carousel', kinds: ['image' as const], min: 2, max: 20 }],
    }
    const slide = (id: number) => ({ id, kind: 'image' as const, alt: 'Diapositive' })
    const withMedia = (media: ReturnType<typeof slide>[]) =>
      check({ ...base, post: { ...base.post, channel: 'linkedin', media }, channel, channels: [channel] })
    expect(withMedia([slide(1)])).toMatchObject({ format: false, channel: true, complete: false })
    expect(withMedia([slide(1), slide(2)]).format).toBe(true)
    expect(withMedia([slide(1), { ...slide(2), alt: '' }]).format).toBe(false)
  })

  it('keeps a point ticked when its rule only warns', () => {
    expect(
      check(contextFor({ phase: 'of.awareness', at: '2026-01-06 09:00', format: 'interview' })),
    ).toMatchObject({
      format: true,
      complete: true,
    })
  })
})
