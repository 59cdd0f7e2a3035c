import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestClient } from '../helpers/rest'

import { paris } from '../../src/plugins/editorial-line/rules/testing/fixtures'
import { compliantPost, createPeople, type EditorialLineIds, seedForPosts } from '../helpers/editorialLine'
import { makeImage, makeMp4, makePdf } from '../helpers/mediaFiles'
import { startPayload, testDatabaseKind } from '../helpers/payload'

let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let ids: EditorialLineIds
let people: Awaited<ReturnType<typeof createPeople>>

type Id = number | string
/** Real uploads through the media collection (its content checks, sizes and facts), by kind. */
const media: { images: Id[]; pdf: Id; longPdf: Id; video3s: Id; video2s: Id; video601s: Id; secondVideo: Id } =
  {} as never

const upload = async ({ data, name, mimetype, alt }: { data: Uint8Array; name: string; mimetype: string; alt?: string }) => {
  const doc = await payload.create({
    collection: 'media',
    data: alt ? { alt } : {},
    file: { data: Buffer.from(data), name, mimetype, size: data.length },
  })
  return doc.id
}

/** An OF awareness post on LinkedIn in its window (Tuesday 09:00), of the format and files given. */
const post = (format: string, files: Id[], overrides: Record<string, unknown> = {}) =>
  compliantPost({ ids, overrides: { format: format as never, media: files as never, ...overrides } })

const submit = (body: Record<string, unknown>, language = 'fr') =>
  rest({ method: 'POST', path: '/posts', token: people.editor.token, language, body: { ...body, status: 'in_review' } })

const check = (body: Record<string, unknown>, language = 'fr') =>
  rest({ method: 'POST', path: '/posts/check', token: people.editor.token, language, body })

const errorsOf = (response: { body: any }) =>
  (response.body.errors?.[0]?.data?.errors ?? []) as { path: string; message: string }[]
const errorOn = (response: { body: any }, path: string) => errorsOf(response).find((error) => error.path === path)?.message

/** What the check endpoint finds on `media`. */
const mediaFindings = async (body: Record<string, unknown>, language = 'fr') => {
  const response = await check(body, language)
  expect(response.status).toBe(200)
  return (response.body.findings as { path: string; rule: string; message: string }[])
    .filter((finding) => finding.path === 'media')
    .map((finding) => finding.message)
}

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload())
  ids = await seedForPosts({ payload })
  people = await createPeople({ payload, rest })
  media.images = []
  for (let index = 0; index < 21; index += 1)
    media.images.push(await upload({ data: await makeImage({ width: 32, height: 24, format: 'png' }), name: `slide-${index + 1}.png`, mimetype: 'image/png', alt: `Diapositive ${index + 1}` }))
  media.pdf = await upload({ data: await makePdf({ pages: 3 }), name: 'carrousel.pdf', mimetype: 'application/pdf' })
  media.longPdf = await upload({ data: await makePdf({ pages: 301 }), name: 'long.pdf', mimetype: 'application/pdf' })
  media.video3s = await upload({ data: makeMp4({ seconds: 3 }), name: 'court.mp4', mimetype: 'video/mp4' })
  media.secondVideo = await upload({ data: makeMp4({ seconds: 4 }), name: 'autre.mp4', mimetype: 'video/mp4' })
  media.video2s = await upload({ data: makeMp4({ seconds: 2 }), name: 'trop-court.mp4', mimetype: 'video/mp4' })
  media.video601s = await upload({ data: makeMp4({ seconds: 601 }), name: 'trop-long.mp4', mimetype: 'video/mp4' })
}, 120_000)
afterAll(async () => stop?.())

describe(`format requirements and formatComplete (${testDatabaseKind()})`, () => {
  it('reads the files the server inspected: kinds, pages and durations', async () => {
    const read = async (id: Id) => payload.findByID({ collection: 'media', id, depth: 0 })
    expect(await read(media.pdf)).toMatchObject({ kind: 'document', pages: 3 })
    expect(await read(media.video2s)).toMatchObject({ kind: 'video', duration: 2 })
    expect(await read(media.images[0]!)).toMatchObject({ kind: 'image', alt: 'Diapositive 1' })
  })

  it('seeds LinkedIn’s requirements from its documentation', async () => {
    const linkedin = await payload.findByID({ collection: 'channels', id: ids.channels.linkedin, depth: 0 })
    const rows = (linkedin.formatRequirements ?? []).map(({ id: _, ...row }) => row)
    expect(rows.filter((row) => row.format === 'carousel')).toEqual([
      expect.objectContaining({ kinds: ['document'], min: 1, max: 1, maxPages: 300 }),
      expect.objectContaining({ kinds: ['image'], min: 2, max: 20 }),
    ])
    expect(rows.find((row) => row.format === 'short-video')).toMatchObject({
      kinds: ['video'],
      min: 1,
      max: 1,
      minSeconds: 3,
      maxSeconds: 600,
    })
  })

  it('takes a text post with no file or up to 20 images, and refuses 21', async () => {
    expect((await submit(post('text', []))).status).toBe(201)
    const twenty = await submit(post('text', media.images.slice(0, 20)))
    expect(twenty.status, JSON.stringify(twenty.body)).toBe(201)
    const refused = await submit(post('text', media.images))
    expect(refused.status).toBe(400)
    expect(errorsOf(refused).map((error) => error.path)).toEqual(['media'])
    expect(errorOn(refused, 'media')).toBe(
      'Post texte sur LinkedIn — page QALIA : 20 images au plus — ce post a 21 images.',
    )
  })

  it('takes a carousel as one PDF or 2 to 20 images, and refuses one image, a mix, 21 images and a PDF over 300 pages', async () => {
    const asPdf = await submit(post('carousel', [media.pdf]))
    expect(asPdf.status, JSON.stringify(asPdf.body)).toBe(201)
    const asImages = await submit(post('carousel', media.images.slice(0, 2)))
    expect(asImages.status, JSON.stringify(asImages.body)).toBe(201)

    const one = await submit(post('carousel', [media.images[0]!]))
    expect(one.status).toBe(400)
    expect(errorOn(one, 'media')).toBe(
      'Carousel éducatif sur LinkedIn — page QALIA : un PDF de 300 pages au plus ou 2 à 20 images — ce post a 1 image.',
    )
    const mixed = await submit(post('carousel', [media.pdf, media.images[0]!, media.images[1]!]), 'en')
    expect(mixed.status).toBe(400)
    expect(errorOn(mixed, 'media')).toBe(
      'Educational carousel on LinkedIn — page QALIA: one PDF of at most 300 pages or 2 to 20 images — this post has 2 images and 1 PDF.',
    )
    expect(errorOn(await submit(post('carousel', media.images)), 'media')).toContain('ce post a 21 images')
    expect(errorOn(await submit(post('carousel', [media.longPdf])), 'media')).toBe(
      'Carousel éducatif sur LinkedIn — page QALIA : le PDF (fichier 1) a 301 pages ; 300 au plus.',
    )
  })

  it('takes a short video of 3 s to 10 min, one only', async () => {
    const accepted = await submit(post('short-video', [media.video3s]))
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201)
    expect(errorOn(await submit(post('short-video', [media.video2s])), 'media')).toBe(
      'Vidéo courte sur LinkedIn — page QALIA : la vidéo (fichier 1) dure 2 s ; 3 s au moins.',
    )
    expect(errorOn(await submit(post('short-video', [media.video601s])), 'media')).toBe(
      'Vidéo courte sur LinkedIn — page QALIA : la vidéo (fichier 1) dure 10 min 1 s ; 10 min au plus.',
    )
    expect(errorOn(await submit(post('short-video', [media.video3s, media.secondVideo])), 'media')).toBe(
      'Vidéo courte sur LinkedIn — page QALIA : une vidéo de 3 s à 10 min — ce post a 2 vidéos.',
    )
    expect(errorOn(await submit(post('short-video', [])), 'media')).toContain('ce post n’a aucun fichier')
  })

  it.each(['testimonial', 'interview', 'case-study'])('takes a %s with at most one file, not two', async (format) => {
    for (const one of [[], [media.images[0]!], [media.pdf], [media.video3s]])
      expect(await mediaFindings(post(format, one))).toEqual([])
    const two = await submit(post(format, [media.images[0]!, media.pdf]))
    expect(two.status).toBe(400)
    expect(errorOn(two, 'media')).toMatch(/une image, un PDF ou une vidéo au plus — ce post a 1 image et 1 PDF\.$/)
  })

  it('refuses each image without alt text, one sentence each', async () => {
    // An image stored before alt text was required (a host's own upload collection): the rule still finds it.
    const [first, second, third] = media.images.slice(18, 21) as [Id, Id, Id]
    for (const id of [first, third]) await payload.db.updateOne({ collection: 'media', id, data: { alt: null } })
    const refused = await submit(post('carousel', [first, second, third]))
    expect(refused.status).toBe(400)
    // Payload may rename a file whose name is taken in the folder: the stored name is the one said.
    const filename = async (id: Id) => (await payload.findByID({ collection: 'media', id, depth: 0 })).filename
    expect(errorOn(refused, 'media')).toBe(
      [
        `L’image 1 (${await filename(first)}) n’a pas de texte alternatif : les lecteurs d’écran le lisent à qui ne voit pas l’image.`,
        `L’image 3 (${await filename(third)}) n’a pas de texte alternatif : les lecteurs d’écran le lisent à qui ne voit pas l’image.`,
      ].join('\n'),
    )
  })

  it('never refuses a draft, and refuses it when it leaves draft', async () => {
    const draft = await rest({
      method: 'POST',
      path: '/posts',
      token: people.editor.token,
      body: { ...post('carousel', [media.images[0]!]), status: 'draft' },
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    expect(draft.body.doc.checklist).toMatchObject({ format: false, complete: false })
    const leaving = await rest({
      method: 'PATCH',
      path: `/posts/${draft.body.doc.id}`,
      token: people.editor.token,
      language: 'fr',
      body: { status: 'in_review' },
    })
    expect(leaving.status).toBe(400)
    expect(errorsOf(leaving).map((error) => error.path)).toEqual(['media'])
    // A second slide makes it complete.
    const completed = await rest({
      method: 'PATCH',
      path: `/posts/${draft.body.doc.id}`,
      token: people.editor.token,
      body: { status: 'in_review', media: media.images.slice(0, 2) },
    })
    expect(completed.status, JSON.stringify(completed.body)).toBe(200)
    expect(completed.body.doc.checklist).toMatchObject({ format: true, complete: true })
  })

  it('refuses an approved post whose files are changed so that it no longer meets its format', async () => {
    const created = await submit(post('carousel', media.images.slice(0, 2), { publishAt: paris('2027-01-07 09:00') }))
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const removed = await rest({
      method: 'PATCH',
      path: `/posts/${created.body.doc.id}`,
      token: people.editor.token,
      body: { media: [media.images[0]] },
    })
    expect(removed.status).toBe(400)
    expect(errorsOf(removed).map((error) => error.path)).toEqual(['media'])
  })

  it('shows the finding in the live checklist as files are added, under the format point', async () => {
    const one = await check(post('carousel', [media.images[0]!]))
    expect(one.body.checklist).toMatchObject({ format: false, complete: false })
    expect(one.body.findings).toContainEqual(
      expect.objectContaining({ rule: 'formatComplete', level: 'block', path: 'media' }),
    )
    const two = await check(post('carousel', media.images.slice(0, 2)))
    expect(two.body.checklist).toMatchObject({ format: true, complete: true })
    expect(two.body.findings.filter((finding: { rule: string }) => finding.rule === 'formatComplete')).toEqual([])
    // A form that does not send its media is not judged on them.
    const { media: _, ...withoutMedia } = post('carousel', [])
    expect(await mediaFindings(withoutMedia)).toEqual([])
  })

  it('refuses invalid requirement rows with a 400 naming the row’s field, and lets an admin change them', async () => {
    const patch = (rows: unknown[], token = people.admin.token) =>
      rest({
        method: 'PATCH',
        path: `/channels/${ids.channels.newsletter}`,
        token,
        language: 'en',
        body: { formatRequirements: rows },
      })
    const row = { format: 'text', kinds: ['image'], min: 0, max: 4 }
    const maxBelowMin = await patch([row, { ...row, min: 3, max: 2 }])
    expect(maxBelowMin.status).toBe(400)
    expect(errorsOf(maxBelowMin).map((error) => error.path)).toEqual(['formatRequirements.1.max'])
    const fraction = await patch([{ ...row, min: 1.5 }])
    expect(fraction.status).toBe(400)
    expect(errorsOf(fraction).map((error) => error.path)).toContain('formatRequirements.0.min')
    const seconds = await patch([{ ...row, kinds: ['video'], minSeconds: 10, maxSeconds: 5 }])
    expect(seconds.status).toBe(400)
    expect(errorsOf(seconds).map((error) => error.path)).toEqual(['formatRequirements.0.maxSeconds'])
    const noKind = await patch([{ ...row, kinds: [] }])
    expect(noKind.status).toBe(400)
    expect(errorsOf(noKind).map((error) => error.path)).toEqual(['formatRequirements.0.kinds'])
    // Only admins write channels.
    expect((await patch([row], people.editor.token)).status).toBe(403)
    const changed = await patch([{ ...row, max: 1 }])
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(changed.body.doc.formatRequirements).toEqual([expect.objectContaining({ format: 'text', max: 1 })])
  })
})
