import type { Payload } from 'payload'

import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media, Post } from '../../src/payload-types'

import { paris } from '../../src/plugins/editorial-line/rules/testing/fixtures'
import { createPeople, type EditorialLineIds, postInStatus, seedForPosts } from '../helpers/editorialLine'
import { makeImage, makeMp4, makePdf } from '../helpers/mediaFiles'
import { startPayload } from '../helpers/payload'
import type { RestClient, RestResponse } from '../helpers/rest'

const MB = 1024 * 1024
const MAX_FILE_SIZE = 3 * MB
const MAX_PIXELS = 4_000_000

let payload: Payload
let rest: RestClient
let stop: () => Promise<void>
let ids: EditorialLineIds
let people: Awaited<ReturnType<typeof createPeople>>
const staticDir = mkdtempSync(path.join(tmpdir(), 'qalia-media-'))

/** The files Payload stored: the originals and each size's. */
const storedFiles = () => readdirSync(staticDir).sort()

/** Uploads a file over REST as the admin's upload form does: the file, and the fields in `_payload`. */
const upload = async ({
  bytes,
  filename,
  type = 'application/octet-stream',
  data = {},
  token = people.editor.token,
  language = 'en',
}: {
  bytes: Uint8Array
  filename: string
  /** What the caller declares; the server reads the content instead. */
  type?: string
  data?: Record<string, unknown>
  token?: string
  language?: string
}): Promise<RestResponse> => {
  const form = new FormData()
  form.append('file', new Blob([Buffer.from(bytes)], { type }), filename)
  form.append('_payload', JSON.stringify(data))
  return rest({ method: 'POST', path: '/media', form, token, language })
}

const uploaded = async (args: Parameters<typeof upload>[0]): Promise<Media> => {
  const response = await upload(args)
  expect(response.status, response.text).toBe(201)
  return response.body.doc as Media
}

const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

beforeAll(async () => {
  ;({ payload, rest, stop } = await startPayload({
    editorialLine: { media: { staticDir, maxFileSize: MAX_FILE_SIZE, maxPixels: MAX_PIXELS } },
  }))
  ids = await seedForPosts({ payload })
  people = await createPeople({ payload, rest })
})
afterAll(async () => {
  await stop?.()
  rmSync(staticDir, { recursive: true, force: true })
})

describe('uploads', () => {
  it('stores a JPEG with its dimensions, its alt text and a thumbnail and feed size made with sharp', async () => {
    const before = storedFiles()
    const doc = await uploaded({
      bytes: await makeImage({ width: 2400, height: 1600 }),
      filename: 'slide.jpg',
      type: 'image/jpeg',
      data: { alt: 'Un tableau de bord Qualiopi' },
    })
    expect(doc).toMatchObject({
      kind: 'image',
      mimeType: 'image/jpeg',
      width: 2400,
      height: 1600,
      alt: 'Un tableau de bord Qualiopi',
      pages: null,
      duration: null,
    })
    expect(doc.filesize).toBeGreaterThan(0)
    expect(doc.sizes?.thumbnail).toMatchObject({ width: 400, height: 267, mimeType: 'image/jpeg' })
    expect(doc.sizes?.feed).toMatchObject({ width: 1200, height: 800 })
    const added = storedFiles().filter((name) => !before.includes(name))
    expect(added.sort()).toEqual(
      [doc.filename, doc.sizes?.thumbnail?.filename, doc.sizes?.feed?.filename].sort(),
    )
  })

  it('reads the type from the content: a PNG named .jpg and declared a JPEG is stored as a PNG', async () => {
    const doc = await uploaded({
      bytes: await makeImage({ width: 300, height: 200, format: 'png' }),
      filename: 'photo.jpg',
      type: 'image/jpeg',
      data: { alt: 'Une photo' },
    })
    expect(doc).toMatchObject({ kind: 'image', mimeType: 'image/png', width: 300, height: 200 })
  })

  it.each(['webp', 'gif'] as const)('takes a %s image', async (format) => {
    const doc = await uploaded({
      bytes: await makeImage({ width: 500, height: 500, format }),
      filename: `image.${format}`,
      data: { alt: 'Un carré bleu' },
    })
    expect(doc).toMatchObject({ kind: 'image', mimeType: `image/${format}`, width: 500, height: 500 })
  })

  it('stores a PDF with its page count, whatever kind the caller claims', async () => {
    const doc = await uploaded({
      bytes: await makePdf({ pages: 3 }),
      filename: 'carrousel.pdf',
      data: { kind: 'image', pages: 300 },
    })
    expect(doc).toMatchObject({ kind: 'document', mimeType: 'application/pdf', pages: 3, duration: null })
    // No sizes for a document: only the file itself is stored.
    expect(storedFiles()).toContain(doc.filename)
  })

  it('stores an MP4 with its duration', async () => {
    const doc = await uploaded({ bytes: makeMp4({ seconds: 5 }), filename: 'clip.mp4', data: { alt: '' } })
    expect(doc).toMatchObject({ kind: 'video', mimeType: 'video/mp4', duration: 5, pages: null })
  })

  it('refuses an upload from anonymous callers and publishers', async () => {
    const bytes = await makePdf({ pages: 1 })
    expect((await upload({ bytes, filename: 'a.pdf', token: '' })).status).toBe(403)
    const form = new FormData()
    form.append('file', new Blob([Buffer.from(bytes)]), 'a.pdf')
    expect(
      (await rest({ method: 'POST', path: '/media', form, apiKey: people.publisher.apiKey })).status,
    ).toBe(403)
  })
})

describe('refused files leave nothing behind', () => {
  type Case = [string, () => Promise<Uint8Array> | Uint8Array, string, number, RegExp]
  const cases: Case[] = [
    ['an empty file', () => new Uint8Array(), 'empty.png', 400, /The file is empty/],
    [
      'HTML named x.png',
      () => Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
      'x.png',
      400,
      /not a JPEG, PNG, WebP or GIF image, a PDF document or an MP4 video/,
    ],
    [
      'an SVG',
      () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script/></svg>'),
      'logo.svg',
      400,
      /not a JPEG/,
    ],
    [
      'an executable named .jpg',
      () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]),
      'photo.jpg',
      400,
      /not a JPEG.*application\/x-elf/,
    ],
    [
      'a truncated PDF',
      async () => {
        const pdf = await makePdf({ pages: 2 })
        return pdf.slice(0, Math.floor(pdf.length / 2))
      },
      'cut.pdf',
      400,
      /The PDF cannot be read/,
    ],
    ['a PDF with no page', () => makePdf({ pages: 0 }), 'blank.pdf', 400, /The PDF has no page/],
    ['an MP4 without a duration', () => makeMp4({ seconds: 0 }), 'still.mp4', 400, /has no duration/],
    [
      'a truncated MP4',
      () => makeMp4({ seconds: 5 }).slice(0, 40),
      'cut.mp4',
      400,
      /The MP4 video cannot be read/,
    ],
    [
      'an image above the pixel limit',
      () => makeImage({ width: 2100, height: 2000, format: 'png' }),
      'bomb.png',
      400,
      /2100 × 2000 pixels \(4\.2 megapixels\); at most 4 megapixels/,
    ],
    [
      'a file over the size limit',
      async () => Buffer.concat([Buffer.from(await makePdf({ pages: 1 })), Buffer.alloc(MAX_FILE_SIZE)]),
      'huge.pdf',
      413,
      /weighs 3 MB; at most 3 MB/,
    ],
  ]

  it.each(cases)('%s', async (_name, make, filename, status, message) => {
    const files = storedFiles()
    const count = await mediaCount()
    const response = await upload({ bytes: await make(), filename, type: 'image/png', data: { alt: 'x' } })
    expect(response.status, response.text).toBe(status)
    expect(response.body.errors[0].message).toMatch(message)
    expect(await mediaCount()).toBe(count)
    expect(storedFiles()).toEqual(files)
  })

  it('says it in French to a French caller', async () => {
    const response = await upload({
      bytes: Buffer.from('<html></html>'),
      filename: 'x.png',
      language: 'fr',
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/ni une image JPEG, PNG, WebP ou GIF/)
  })

  it('requires the alt text of an image, naming the field, and stores nothing without it', async () => {
    const files = storedFiles()
    const count = await mediaCount()
    for (const data of [{}, { alt: '   ' }]) {
      const response = await upload({
        bytes: await makeImage({ width: 800, height: 600 }),
        filename: 'a.jpg',
        data,
      })
      expect(response.status, response.text).toBe(400)
      expect(response.body.errors[0].data.errors).toEqual([
        expect.objectContaining({ path: 'alt', message: 'An image needs its alternative text (alt).' }),
      ])
    }
    expect(await mediaCount()).toBe(count)
    expect(storedFiles()).toEqual(files)
    // A document needs none.
    await uploaded({ bytes: await makePdf({ pages: 1 }), filename: 'sans-alt.pdf' })
  })
})

describe('who sees a file', () => {
  let draftImage: Media
  let publicImage: Media
  let draftPost: Post
  let approvedPost: Post

  /** Every URL of a media document: its own, its file's and each size's file. */
  const filePaths = (doc: Media) => [
    `/media/file/${doc.filename}`,
    ...Object.values(doc.sizes ?? {}).flatMap((size) =>
      size?.filename ? [`/media/file/${size.filename}`] : [],
    ),
  ]

  beforeAll(async () => {
    draftImage = await uploaded({
      bytes: await makeImage({ width: 1600, height: 900 }),
      filename: 'draft-slide.jpg',
      data: { alt: 'Brouillon' },
    })
    publicImage = await uploaded({
      bytes: await makeImage({ width: 1600, height: 900, format: 'png' }),
      filename: 'approved-slide.png',
      data: { alt: 'Approuvé' },
    })
    draftPost = await postInStatus({
      payload,
      ids,
      status: 'draft',
      author: people.editor.user,
      reviewer: people.approver.user,
      overrides: { title: 'Brouillon avec image', media: [draftImage.id] },
    })
    approvedPost = await postInStatus({
      payload,
      ids,
      status: 'approved',
      author: people.editor.user,
      reviewer: people.approver.user,
      overrides: {
        title: 'Approuvé avec image',
        media: [publicImage.id],
        publishAt: paris('2027-01-12 09:00'),
      },
    })
  })

  it('gives the team every media document and file, each size included', async () => {
    expect(filePaths(draftImage)).toHaveLength(3)
    for (const token of [people.editor.token, people.approver.token, people.admin.token]) {
      expect((await rest({ method: 'GET', path: `/media/${draftImage.id}`, token })).status).toBe(200)
      for (const file of filePaths(draftImage)) {
        const response = await rest({ method: 'GET', path: file, token })
        expect(response.status, file).toBe(200)
        expect(response.bytes.length).toBeGreaterThan(0)
      }
    }
  })

  it("refuses a draft post's file to anonymous callers and publishers, whatever the path", async () => {
    for (const auth of [{}, { apiKey: people.publisher.apiKey }]) {
      expect([403, 404]).toContain(
        (await rest({ method: 'GET', path: `/media/${draftImage.id}`, ...auth })).status,
      )
      for (const file of filePaths(draftImage)) {
        const response = await rest({ method: 'GET', path: file, ...auth })
        expect([403, 404], file).toContain(response.status)
        expect(response.bytes.length).toBeLessThan(500)
      }
      const list = await rest({ method: 'GET', path: '/media?limit=100', ...auth })
      expect(list.body.docs.map((doc: Media) => doc.id)).toEqual([publicImage.id])
    }
    expect(draftPost.media).toHaveLength(1)
  })

  it("serves an approved post's file, its sizes and its document to anonymous callers and the publisher", async () => {
    for (const auth of [{}, { apiKey: people.publisher.apiKey }]) {
      expect((await rest({ method: 'GET', path: `/media/${publicImage.id}`, ...auth })).status).toBe(200)
      for (const file of filePaths(publicImage)) {
        const response = await rest({ method: 'GET', path: file, ...auth })
        expect(response.status, file).toBe(200)
        expect(response.headers.get('content-type')).toBe('image/png')
      }
    }
  })

  it("serves a draft's file once its post is approved", async () => {
    const image = await uploaded({
      bytes: await makeImage({ width: 900, height: 900 }),
      filename: 'later.jpg',
      data: { alt: 'Plus tard' },
    })
    const post = await postInStatus({
      payload,
      ids,
      status: 'in_review',
      author: people.editor.user,
      reviewer: people.approver.user,
      overrides: { title: 'En relecture', media: [image.id], publishAt: paris('2027-01-19 09:00') },
    })
    expect((await rest({ method: 'GET', path: `/media/file/${image.filename}` })).status).toBe(403)
    const approve = await rest({
      method: 'PATCH',
      path: `/posts/${post.id}`,
      body: { status: 'approved' },
      token: people.approver.token,
    })
    expect(approve.status, approve.text).toBe(200)
    expect((await rest({ method: 'GET', path: `/media/file/${image.filename}` })).status).toBe(200)
  })

  it('refuses to delete a file an approved post uses, with the count, and deletes an unused one with its sizes', async () => {
    const refused = await rest({
      method: 'DELETE',
      path: `/media/${publicImage.id}`,
      token: people.admin.token,
      language: 'en',
    })
    expect(refused.status, refused.text).toBe(409)
    expect(refused.body.errors[0]).toMatchObject({
      message: 'This file is used by 1 approved or published post: it cannot be deleted.',
      data: { code: 'mediaInUse', count: 1 },
    })
    expect(storedFiles()).toContain(publicImage.filename)

    const unused = await uploaded({
      bytes: await makeImage({ width: 1300, height: 700 }),
      filename: 'unused.jpg',
      data: { alt: 'Inutile' },
    })
    const files = [unused.filename, unused.sizes?.thumbnail?.filename, unused.sizes?.feed?.filename]
    expect(storedFiles()).toEqual(expect.arrayContaining(files))
    const deleted = await rest({ method: 'DELETE', path: `/media/${unused.id}`, token: people.editor.token })
    expect(deleted.status, deleted.text).toBe(200)
    for (const file of files) expect(storedFiles()).not.toContain(file)
  })
})

describe('what consumers receive', () => {
  let post: Post
  let image: Media
  let pdf: Media
  let video: Media

  beforeAll(async () => {
    image = await uploaded({
      bytes: await makeImage({ width: 1500, height: 1000 }),
      filename: 'consumer.jpg',
      data: { alt: 'Un graphique' },
    })
    pdf = await uploaded({ bytes: await makePdf({ pages: 4 }), filename: 'deck.pdf' })
    video = await uploaded({ bytes: makeMp4({ seconds: 7 }), filename: 'teaser.mp4' })
    post = await postInStatus({
      payload,
      ids,
      status: 'approved',
      author: people.editor.user,
      reviewer: people.approver.user,
      overrides: {
        title: 'Le post tel qu’il part',
        media: [pdf.id, image.id, video.id],
        publishAt: paris('2027-01-26 09:00'),
      },
    })
  })

  it('gives an approved post at depth=1 its media in order with absolute URLs and what the rules read', async () => {
    for (const auth of [{}, { apiKey: people.publisher.apiKey }]) {
      const response = await rest({ method: 'GET', path: `/posts/${post.id}?depth=1`, ...auth })
      expect(response.status).toBe(200)
      const [document, picture, clip] = response.body.media as Media[]
      expect(document).toMatchObject({
        id: pdf.id,
        url: `http://localhost/api/media/file/${pdf.filename}`,
        mimeType: 'application/pdf',
        kind: 'document',
        pages: 4,
        filesize: pdf.filesize,
      })
      expect(picture).toMatchObject({
        id: image.id,
        url: `http://localhost/api/media/file/${image.filename}`,
        mimeType: 'image/jpeg',
        alt: 'Un graphique',
        width: 1500,
        height: 1000,
        filesize: expect.any(Number),
        sizes: {
          thumbnail: {
            width: 400,
            url: `http://localhost/api/media/file/${image.sizes?.thumbnail?.filename}`,
          },
          feed: { width: 1200, url: `http://localhost/api/media/file/${image.sizes?.feed?.filename}` },
        },
      })
      expect(clip).toMatchObject({ id: video.id, mimeType: 'video/mp4', kind: 'video', duration: 7 })
      expect(clip.url).toBe(`http://localhost/api/media/file/${video.filename}`)
      // Each URL answers the same caller.
      for (const url of [document.url, picture.url, picture.sizes?.feed?.url, clip.url]) {
        const file = await rest({
          method: 'GET',
          path: new URL(url!).pathname.replace(/^\/api/, ''),
          ...auth,
        })
        expect(file.status, url!).toBe(200)
      }
    }
  })

  it('carries the media in the iCalendar event as ATTACH, absolute, in order', async () => {
    const response = await rest({
      method: 'GET',
      path: '/posts/calendar.ics?from=2027-01-26T00:00:00Z&to=2027-01-27T00:00:00Z',
    })
    expect(response.status, response.text).toBe(200)
    const [event] = new ICAL.Component(ICAL.parse(response.text)).getAllSubcomponents('vevent')
    expect(event.getFirstPropertyValue('summary')).toBe('Le post tel qu’il part')
    expect(event.getAllProperties('attach').map((property) => property.getFirstValue())).toEqual([
      `http://localhost/api/media/file/${pdf.filename}`,
      `http://localhost/api/media/file/${image.filename}`,
      `http://localhost/api/media/file/${video.filename}`,
    ])
  })
})

describe("a host's own upload collection as the media library", () => {
  const hostDir = mkdtempSync(path.join(tmpdir(), 'qalia-uploads-'))
  let host: Awaited<ReturnType<typeof startPayload>>
  let token: string

  beforeAll(async () => {
    host = await startPayload({
      editorialLine: { media: { uploadsCollection: 'uploads' } },
      collections: [
        {
          slug: 'uploads',
          // The host opens its files to everyone; the plugin keeps a draft's to the team.
          access: { read: () => true },
          upload: { staticDir: hostDir },
          fields: [{ name: 'credit', type: 'text' }],
        },
      ],
    })
    ;({ token } = await createPeople({ payload: host.payload, rest: host.rest }).then(
      (people) => people.editor,
    ))
  })
  afterAll(async () => {
    await host?.stop()
    rmSync(hostDir, { recursive: true, force: true })
  })

  const send = async (bytes: Uint8Array, filename: string, data: Record<string, unknown>) => {
    const form = new FormData()
    form.append('file', new Blob([Buffer.from(bytes)]), filename)
    form.append('_payload', JSON.stringify(data))
    return host.rest({ method: 'POST', path: '/uploads', form, token, language: 'en' })
  }

  it("adds the plugin's fields, sizes, checks and read access to it, and posts point at it", async () => {
    expect(host.payload.collections.media).toBeUndefined()
    expect((await send(Buffer.from('<html></html>'), 'x.png', {})).status).toBe(400)
    expect((await send(await makeImage({ width: 800, height: 600 }), 'a.jpg', {})).status).toBe(400)
    expect(readdirSync(hostDir)).toEqual([])

    const created = await send(await makeImage({ width: 1600, height: 1200 }), 'b.jpg', {
      alt: 'Une salle de formation',
      credit: 'QALIA',
    })
    expect(created.status, created.text).toBe(201)
    const doc = created.body.doc
    expect(doc).toMatchObject({ kind: 'image', credit: 'QALIA', sizes: { feed: { width: 1200 } } })
    // Unused by any approved post: hidden from anonymous callers despite the host's `read: () => true`.
    expect((await host.rest({ method: 'GET', path: `/uploads/file/${doc.filename}` })).status).toBe(403)

    const postsMedia = host.payload.collections.posts.config.flattenedFields.find(
      (field) => field.name === 'media',
    )
    expect(postsMedia).toMatchObject({ type: 'upload', relationTo: 'uploads', hasMany: true })
  })
})
