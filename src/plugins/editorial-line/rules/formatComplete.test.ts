import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { ChannelFacts, MediaFacts, MediaKind, RuleContext } from './types.js'

import { linkedinFormatRequirements } from '../presets/qalia/qaliaChannels.js'
import { formatComplete } from './formatComplete.js'
import { phases, plan, targets } from './testing/fixtures.js'

const linkedin: ChannelFacts = {
  id: 'linkedin',
  name: 'LinkedIn',
  slug: 'linkedin',
  formatRequirements: linkedinFormatRequirements,
}

let next = 0
const file = (kind: MediaKind, facts: Partial<MediaFacts> = {}): MediaFacts => ({
  id: ++next,
  kind,
  alt: kind === 'image' ? 'Une diapositive' : null,
  filename: `file-${next}`,
  ...facts,
})
const images = (count: number) => Array.from({ length: count }, () => file('image'))

const check = ({
  format,
  media,
  channel = linkedin,
}: {
  format: string
  media?: MediaFacts[] | null
  channel?: ChannelFacts
}) =>
  formatComplete({
    post: { format, media, channel: channel.id, status: 'in_review' },
    target: targets.of,
    phase: phases['of.awareness'],
    channel,
    channels: [channel],
    plan,
    counts: { phaseInMonth: 0, committedInMonth: 0, groupCommittedInMonth: 0 },
    now: new Date('2027-01-01T00:00:00Z'),
    submitting: true,
  } satisfies RuleContext)

const keys = (problems: ReturnType<typeof check>) => problems.map((problem) => problem.message.key)

describe('formatComplete', () => {
  it('takes a text post with no file or up to 20 images, not 21 nor a video', () => {
    expect(check({ format: 'text', media: [] })).toEqual([])
    expect(check({ format: 'text', media: images(20) })).toEqual([])
    expect(keys(check({ format: 'text', media: images(21) }))).toEqual(['formatMediaMismatch'])
    expect(keys(check({ format: 'text', media: [file('video', { duration: 10 })] }))).toEqual([
      'formatMediaMismatch',
    ])
  })

  it('takes a carousel as one PDF or 2 to 20 images, never mixed, and says what the post has', () => {
    expect(check({ format: 'carousel', media: [file('document', { pages: 12 })] })).toEqual([])
    expect(check({ format: 'carousel', media: images(2) })).toEqual([])
    const one = check({ format: 'carousel', media: images(1) })
    expect(one).toEqual([
      {
        path: 'media',
        message: {
          key: 'formatMediaMismatch',
          vars: {
            channel: 'LinkedIn',
            format: 'carousel',
            requirements: linkedinFormatRequirements.filter((row) => row.format === 'carousel'),
            counts: { image: 1, document: 0, video: 0 },
          },
        },
      },
    ])
    expect(keys(check({ format: 'carousel', media: [...images(2), file('document', { pages: 3 })] }))).toEqual([
      'formatMediaMismatch',
    ])
    expect(keys(check({ format: 'carousel', media: images(21) }))).toEqual(['formatMediaMismatch'])
    expect(keys(check({ format: 'carousel', media: [] }))).toEqual(['formatMediaMismatch'])
  })

  it('names the PDF over 300 pages rather than the whole requirement', () => {
    expect(check({ format: 'carousel', media: [file('document', { pages: 300 })] })).toEqual([])
    expect(check({ format: 'carousel', media: [file('document', { pages: 301 })] })).toEqual([
      {
        path: 'media',
        message: {
          key: 'mediaTooManyPages',
          vars: { channel: 'LinkedIn', format: 'carousel', position: 1, pages: 301, max: 300 },
        },
      },
    ])
  })

  it('takes a short video of 3 s to 10 min, one only', () => {
    expect(check({ format: 'short-video', media: [file('video', { duration: 3 })] })).toEqual([])
    expect(check({ format: 'short-video', media: [file('video', { duration: 600 })] })).toEqual([])
    expect(check({ format: 'short-video', media: [file('video', { duration: 2.5 })] })).toEqual([
      {
        path: 'media',
        message: {
          key: 'mediaTooShort',
          vars: { channel: 'LinkedIn', format: 'short-video', position: 1, duration: 2.5, limitSeconds: 3 },
        },
      },
    ])
    expect(keys(check({ format: 'short-video', media: [file('video', { duration: 601 })] }))).toEqual([
      'mediaTooLong',
    ])
    expect(
      keys(check({ format: 'short-video', media: [file('video', { duration: 5 }), file('video', { duration: 5 })] })),
    ).toEqual(['formatMediaMismatch'])
    expect(keys(check({ format: 'short-video', media: [] }))).toEqual(['formatMediaMismatch'])
  })

  it.each(['testimonial', 'interview', 'case-study'])('takes a %s with at most one file of any kind', (format) => {
    expect(check({ format, media: [] })).toEqual([])
    for (const kind of ['image', 'document', 'video'] as const)
      expect(check({ format, media: [file(kind, { pages: 2, duration: 30 })] })).toEqual([])
    expect(keys(check({ format, media: [file('image'), file('document', { pages: 1 })] }))).toEqual([
      'formatMediaMismatch',
    ])
  })

  it('makes each image without alt text its own finding, whatever the format', () => {
    const media = [file('image', { alt: '' }), file('image'), file('image', { alt: '  ', filename: 'slide.png' })]
    expect(check({ format: 'carousel', media }).filter((p) => p.message.key === 'mediaAltMissing')).toEqual([
      { path: 'media', message: { key: 'mediaAltMissing', vars: { position: 1, filename: media[0]!.filename } } },
      { path: 'media', message: { key: 'mediaAltMissing', vars: { position: 3, filename: 'slide.png' } } },
    ])
    expect(keys(check({ format: 'no-rows', media: [file('image', { alt: null })] }))).toEqual(['mediaAltMissing'])
  })

  it('requires nothing of a format with no row, nor of a post whose media are not known', () => {
    expect(check({ format: 'no-rows', media: [file('video'), ...images(30)] })).toEqual([])
    expect(check({ format: 'short-video', media: undefined })).toEqual([])
    expect(check({ format: 'short-video', media: [], channel: { ...linkedin, formatRequirements: null } })).toEqual([])
  })

  it('finds nothing exactly when one alternative holds (property)', () => {
    const kinds = fc.constantFrom<MediaKind>('image', 'document', 'video')
    const media = fc.array(
      fc.record({ kind: kinds, pages: fc.integer({ min: 1, max: 400 }), duration: fc.integer({ min: 1, max: 900 }) }),
      { maxLength: 24 },
    )
    const rows = fc.array(
      fc.record({
        kinds: fc.uniqueArray(kinds, { minLength: 1 }),
        min: fc.integer({ min: 0, max: 5 }),
        extra: fc.integer({ min: 0, max: 20 }),
        maxPages: fc.option(fc.integer({ min: 1, max: 400 })),
        minSeconds: fc.option(fc.integer({ min: 1, max: 60 })),
        maxSeconds: fc.option(fc.integer({ min: 60, max: 900 })),
      }),
      { minLength: 1, maxLength: 3 },
    )
    fc.assert(
      fc.property(media, rows, (files, drawn) => {
        const requirements = drawn.map(({ extra, ...row }) => ({ format: 'f', ...row, max: row.min + extra }))
        const post = files.map((facts, index) => ({ id: index, alt: 'alt', ...facts }))
        const holds = requirements.some(
          (row) =>
            post.length >= row.min &&
            post.length <= row.max &&
            post.every(
              (one) =>
                row.kinds.includes(one.kind) &&
                (one.kind !== 'document' || row.maxPages == null || one.pages <= row.maxPages) &&
                (one.kind !== 'video' ||
                  ((row.minSeconds == null || one.duration >= row.minSeconds) &&
                    (row.maxSeconds == null || one.duration <= row.maxSeconds))),
            ),
        )
        const found = check({ format: 'f', media: post, channel: { ...linkedin, formatRequirements: requirements } })
        expect(found.length === 0).toBe(holds)
      }),
    )
  })
})
