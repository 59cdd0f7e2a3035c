/**
 * Makes `src/seed/media/qalia-demo.mp4`, the short video of the demo's "vidéo courte" posts: four
 * seconds of H.264 at 320×180, a few kilobytes, committed with the repository. Run once, by hand:
 *
 *   npx tsx scripts/makeDemoVideo.ts
 *
 * The machines have no ffmpeg: the frames are drawn on a canvas and encoded by Chromium's WebCodecs
 * `VideoEncoder` (the Chromium the end-to-end tests drive, through playwright-core), and the encoded
 * frames are written into an MP4 by mp4box's writer API (createFile, addTrack, addSample), the
 * library the plugin reads videos with. The result plays in browsers and mp4box reads its duration.
 */
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

import { createFile } from 'mp4box'
import { chromium } from 'playwright-core'

const WIDTH = 320
const HEIGHT = 180
const FPS = 5
const SECONDS = 4
const TIMESCALE = 1000

const target = fileURLToPath(new URL('../src/seed/media/qalia-demo.mp4', import.meta.url))

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
try {
  const page = await browser.newPage()
  // WebCodecs needs a secure context: a page served under https by the route itself, no network.
  await page.route('https://video.local/', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>video</title>' }),
  )
  // tsx names functions through a `__name` helper that the page does not have.
  await page.addInitScript('globalThis.__name = (fn) => fn')
  await page.goto('https://video.local/')
  const encoded = await page.evaluate(
    async ({ width, height, fps, seconds }) => {
      const chunks: { data: number[]; timestamp: number; duration: number; key: boolean }[] = []
      let description: number[] = []
      const encoder = new VideoEncoder({
        output: (chunk, metadata) => {
          const data = new Uint8Array(chunk.byteLength)
          chunk.copyTo(data)
          chunks.push({
            data: [...data],
            timestamp: chunk.timestamp,
            duration: chunk.duration ?? 1e6 / fps,
            key: chunk.type === 'key',
          })
          const config = metadata?.decoderConfig?.description
          if (config) {
            description = [
              ...new Uint8Array(config instanceof ArrayBuffer ? config : (config as ArrayBufferView).buffer),
            ]
          }
        },
        error: (error) => {
          throw error
        },
      })
      // Baseline profile, avcC framing (the MP4 form), a low bitrate: the frames barely change.
      encoder.configure({
        codec: 'avc1.42001f',
        width,
        height,
        bitrate: 60_000,
        framerate: fps,
        avc: { format: 'avc' },
      })
      const canvas = new OffscreenCanvas(width, height)
      const context = canvas.getContext('2d')!
      const frames = fps * seconds
      for (let index = 0; index < frames; index++) {
        context.fillStyle = '#12355b'
        context.fillRect(0, 0, width, height)
        context.fillStyle = '#ffffff'
        context.font = 'bold 40px sans-serif'
        context.textAlign = 'center'
        context.fillText('QALIA', width / 2, 80)
        context.font = '16px sans-serif'
        context.fillText('Votre copilote Qualiopi', width / 2, 110)
        // A bar that fills over the four seconds: something moves, as in a video.
        context.fillStyle = '#f2a541'
        context.fillRect(20, 140, ((width - 40) * (index + 1)) / frames, 10)
        const frame = new VideoFrame(canvas, { timestamp: (index * 1e6) / fps, duration: 1e6 / fps })
        encoder.encode(frame, { keyFrame: index === 0 })
        frame.close()
      }
      await encoder.flush()
      return { chunks, description }
    },
    { width: WIDTH, height: HEIGHT, fps: FPS, seconds: SECONDS },
  )

  const file = createFile()
  const track = file.addTrack({
    type: 'avc1',
    width: WIDTH,
    height: HEIGHT,
    timescale: TIMESCALE,
    duration: SECONDS * TIMESCALE,
    media_duration: SECONDS * TIMESCALE,
    brands: ['isom', 'iso2', 'avc1', 'mp41'],
    avcDecoderConfigRecord: new Uint8Array(encoded.description).buffer,
  })
  for (const chunk of encoded.chunks) {
    const time = Math.round((chunk.timestamp * TIMESCALE) / 1e6)
    file.addSample(track, new Uint8Array(chunk.data), {
      duration: Math.round((chunk.duration * TIMESCALE) / 1e6),
      dts: time,
      cts: time,
      is_sync: chunk.key,
    })
  }
  const stream = file.getBuffer()
  await writeFile(target, new Uint8Array(stream.buffer, 0, stream.byteLength))
  console.log(`${target}: ${stream.byteLength} bytes, ${encoded.chunks.length} frames, ${SECONDS} s`)
} finally {
  await browser.close()
}
