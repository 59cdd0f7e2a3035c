import { createFile } from 'mp4box'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { readMediaFacts } from './readMediaFacts.js'

const limits = { maxFileSize: 1024 * 1024, maxPixels: 1_000_000, sharp }

const image = (width: number, height: number, format: 'jpeg' | 'png' = 'png') =>
  sharp({ create: { width, height, channels: 3, background: '#123456' } })
    .toFormat(format)
    .toBuffer()

const pdf = async (pages: number) => {
  const document = await PDFDocument.create()
  for (let page = 0; page < pages; page += 1) document.addPage([100, 100])
  return document.save({ addDefaultPage: false })
}

const mp4 = (seconds: number) => {
  const file = createFile()
  const track = file.addTrack({
    timescale: 1000,
    duration: seconds * 1000,
    width: 16,
    height: 16,
    type: 'avc1',
    avcDecoderConfigRecord: new Uint8Array([1, 66, 0, 10, 255, 225, 0, 0, 1, 0, 0]).buffer,
  })
  file.addSample(track, new Uint8Array([0, 0, 0, 1, 0x65]), { duration: seconds * 1000, is_sync: true })
  return new Uint8Array(file.getBuffer().buffer)
}

describe('readMediaFacts', () => {
  it('reads an image’s kind, type and dimensions from its content', async () => {
    expect(await readMediaFacts({ bytes: await image(640, 480, 'jpeg'), ...limits })).toEqual({
      facts: { kind: 'image', mimeType: 'image/jpeg', width: 640, height: 480 },
    })
  })

  it('reads a PDF’s page count and an MP4’s duration', async () => {
    expect(await readMediaFacts({ bytes: await pdf(3), ...limits })).toEqual({
      facts: { kind: 'document', mimeType: 'application/pdf', pages: 3 },
    })
    expect(await readMediaFacts({ bytes: mp4(12), ...limits })).toEqual({
      facts: { kind: 'video', mimeType: 'video/mp4', duration: 12 },
    })
  })

  it('reads an MP4 held in a view of a larger buffer (as Node pools small Buffers)', async () => {
    const file = mp4(4)
    const pool = new Uint8Array(file.length + 64)
    pool.set(file, 32)
    expect(await readMediaFacts({ bytes: pool.subarray(32, 32 + file.length), ...limits })).toMatchObject({
      facts: { duration: 4 },
    })
  })

  it.each<[string, () => Promise<Uint8Array> | Uint8Array, string, number]>([
    ['an empty file', () => new Uint8Array(), 'mediaEmpty', 400],
    ['a file over the size limit', () => new Uint8Array(limits.maxFileSize + 1), 'mediaTooLarge', 413],
    ['HTML', () => Buffer.from('<html><body>hi</body></html>'), 'mediaTypeRefused', 400],
    ['an SVG', () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'mediaTypeRefused', 400],
    ['a ZIP', () => Buffer.from([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(0)]), 'mediaTypeRefused', 400],
    ['an image above the pixel limit', () => image(1001, 1000), 'mediaTooManyPixels', 400],
    ['a truncated PDF', async () => (await pdf(2)).slice(0, 200), 'mediaUnreadablePdf', 400],
    ['a PDF with no page', () => pdf(0), 'mediaPdfNoPage', 400],
    ['an MP4 without a duration', () => mp4(0), 'mediaVideoNoDuration', 400],
    ['a truncated MP4', () => mp4(3).slice(0, 40), 'mediaUnreadableVideo', 400],
  ])('refuses %s', async (_name, make, key, status) => {
    expect(await readMediaFacts({ bytes: await make(), ...limits })).toMatchObject({
      problem: { key, status },
    })
  })

  it('checks the pixels from the header alone: the limit holds for an image far too large to decode', async () => {
    // A PNG whose header claims 100,000 × 100,000 pixels; its data is cut short, as a bomb's would not be.
    const header = await image(1, 1)
    const ihdr = header.indexOf(Buffer.from('IHDR')) + 4
    header.writeUInt32BE(100_000, ihdr)
    header.writeUInt32BE(100_000, ihdr + 4)
    expect(await readMediaFacts({ bytes: header, ...limits })).toMatchObject({
      problem: { key: 'mediaTooManyPixels', vars: { width: 100_000, height: 100_000 } },
    })
  })
})
