import { createFile, type MP4BoxBuffer } from 'mp4box'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { DEMO_VIDEO_SECONDS, demoMediaFor } from './demoMedia'

const post = {
  title: 'RNCP : quand les codes changent sans prévenir',
  message: 'Les codes RNCP changent sans préavis',
  detail: 'Pain points, identification au problème',
}

const pagesOf = async (data: Buffer) => (await PDFDocument.load(data)).getPageCount()

/** The duration in seconds mp4box reads from an MP4, as the plugin reads an upload's. */
const secondsOf = (data: Buffer) =>
  new Promise<number>((resolve, reject) => {
    const file = createFile()
    file.onError = (_module, message) => reject(new Error(message))
    file.onReady = (info) => resolve(info.duration / info.timescale)
    const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as MP4BoxBuffer
    buffer.fileStart = 0
    file.appendBuffer(buffer)
    file.flush()
  })

describe('demoMediaFor', () => {
  it('gives a carousel either one PDF of its slides or four PNG slides, each with alt text', async () => {
    const pdf = await demoMediaFor({ ...post, format: 'carousel', index: 0 })
    expect(pdf).toHaveLength(1)
    expect(pdf[0].mimetype).toBe('application/pdf')
    expect(await pagesOf(pdf[0].data)).toBe(4)
    expect(pdf[0].alt).toContain(post.title)

    const slides = await demoMediaFor({ ...post, format: 'carousel', index: 1 })
    expect(slides).toHaveLength(4)
    expect(new Set(slides.map((slide) => slide.name)).size).toBe(4)
    for (const slide of slides) {
      expect(await sharp(slide.data).metadata()).toMatchObject({ format: 'png', width: 1080, height: 1080 })
      expect(slide.mimetype).toBe('image/png')
      expect(slide.alt).toMatch(/^Diapositive \d sur 4/)
    }
    expect(slides[1].alt).toContain(post.message)
  })

  it('gives a short video the committed MP4, which lasts between 3 seconds and 10 minutes', async () => {
    const [video, ...rest] = await demoMediaFor({ ...post, format: 'short-video', index: 2 })
    expect(rest).toEqual([])
    expect(video.mimetype).toBe('video/mp4')
    expect(video.data.byteLength).toBeLessThan(20_000)
    expect(await secondsOf(video.data)).toBe(DEMO_VIDEO_SECONDS)
    expect(DEMO_VIDEO_SECONDS).toBeGreaterThanOrEqual(3)
  })

  it('gives a testimonial, an interview and a case study one file each; other formats none', async () => {
    for (const format of ['testimonial', 'interview']) {
      const [card, ...rest] = await demoMediaFor({ ...post, format, index: 3 })
      expect(rest).toEqual([])
      expect(await sharp(card.data).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 627 })
      expect(card.alt).toContain(post.title)
    }
    const [study, ...rest] = await demoMediaFor({ ...post, format: 'case-study', index: 4 })
    expect(rest).toEqual([])
    expect(await pagesOf(study.data)).toBe(2)
    for (const format of ['text', 'comparison', 'product-news', 'behind-the-scenes', 'co-creation']) {
      expect(await demoMediaFor({ ...post, format, index: 5 }), format).toEqual([])
    }
  })

  it('escapes the text it draws: a title with markup still makes an image', async () => {
    const [card] = await demoMediaFor({
      ...post,
      title: 'Tom & Jerry <script> « ok »',
      format: 'testimonial',
      index: 6,
    })
    expect((await sharp(card.data).metadata()).format).toBe('jpeg')
  })
})
