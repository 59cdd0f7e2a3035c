import type { SharpDependency } from 'payload'

import { fileTypeFromBuffer } from 'file-type'
import { createFile, MP4BoxBuffer } from 'mp4box'
import { PDFDocument } from 'pdf-lib'

import type { EditorialLineTranslationKey } from '../translations/index.js'
import type { MediaFacts } from './mediaFactsContext.js'

import { MEDIA_MIME_KINDS, type MediaMimeType } from './mediaKinds.js'

/** Why a file is refused: the message's key and values, and the HTTP status. */
export type MediaProblem = {
  key: EditorialLineTranslationKey
  status: 400 | 413
  vars?: Record<string, number | string>
}

const MB = 1024 * 1024
const megabytes = (bytes: number) => Math.round((bytes / MB) * 10) / 10
const megapixels = (pixels: number) => Math.round(pixels / 100_000) / 10

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 200)

/** A PDF's page count; a truncated or damaged file throws (pdf-lib refuses an invalid object). */
const pdfPages = async (bytes: Uint8Array) =>
  (
    await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      throwOnInvalidObject: true,
      updateMetadata: false,
    })
  ).getPageCount()

/**
 * An MP4's duration in seconds, read by mp4box from its `moov` box (the movie's, or its longest
 * track's); `undefined` when mp4box finds no movie (a truncated file, a `moov` cut off).
 */
const mp4Duration = (bytes: Uint8Array): number | undefined => {
  const file = createFile()
  let duration: number | undefined
  let failed = false
  file.onReady = (info) => {
    const movie = info.timescale ? info.duration / info.timescale : 0
    const tracks = info.tracks.map((track) => (track.timescale ? track.duration / track.timescale : 0))
    duration = Math.max(movie, ...tracks)
  }
  file.onError = () => {
    failed = true
  }
  // A copy of the bytes alone: a Node Buffer is often a view into a larger shared ArrayBuffer.
  const copy = new Uint8Array(bytes.length)
  copy.set(bytes)
  // mp4box parses synchronously what it is given: once flushed, onReady has run or never will.
  file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(copy.buffer, 0))
  file.flush()
  return failed ? undefined : duration
}

/**
 * What the server stores of an uploaded file, read from its content (never from its name or the
 * MIME type the caller declares), or why it is refused: empty, too heavy (413), not one of the
 * library's types, an image above `maxPixels` (read from the header, before anything decodes it),
 * an unreadable or page-less PDF, an MP4 with no duration.
 */
export const readMediaFacts = async ({
  bytes,
  maxFileSize,
  maxPixels,
  sharp,
}: {
  bytes: Uint8Array
  maxFileSize: number
  maxPixels: number
  /** The host's sharp (`config.sharp`): reads an image's header. Without it nothing decodes images either. */
  sharp?: SharpDependency
}): Promise<{ facts: MediaFacts } | { problem: MediaProblem }> => {
  if (bytes.length === 0) return { problem: { key: 'mediaEmpty', status: 400 } }
  if (bytes.length > maxFileSize) {
    return {
      problem: {
        key: 'mediaTooLarge',
        status: 413,
        vars: { size: megabytes(bytes.length), max: megabytes(maxFileSize) },
      },
    }
  }
  const type = await fileTypeFromBuffer(bytes)
  const mimeType = type?.mime as MediaMimeType | undefined
  const kind = mimeType ? MEDIA_MIME_KINDS[mimeType] : undefined
  if (!mimeType || !kind) {
    return {
      problem: { key: 'mediaTypeRefused', status: 400, vars: { found: type?.mime ?? 'text / unknown' } },
    }
  }
  if (kind === 'image') {
    if (!sharp) return { facts: { kind, mimeType } }
    try {
      // The header only: metadata() decodes no pixel, so sharp's own pixel limit (which would refuse
      // a bomb with a bare "exceeds pixel limit") is lifted here to let ours answer with the dimensions.
      const { width = 0, height = 0, pages = 1 } = await sharp(bytes, { limitInputPixels: false }).metadata()
      const pixels = width * height * Math.max(pages, 1)
      if (!width || !height) {
        return { problem: { key: 'mediaUnreadableImage', status: 400, vars: { reason: 'no dimensions' } } }
      }
      if (pixels > maxPixels) {
        return {
          problem: {
            key: 'mediaTooManyPixels',
            status: 400,
            vars: { width, height, pixels: megapixels(pixels), max: megapixels(maxPixels) },
          },
        }
      }
      return { facts: { kind, mimeType, width, height } }
    } catch (error) {
      return { problem: { key: 'mediaUnreadableImage', status: 400, vars: { reason: reason(error) } } }
    }
  }
  if (kind === 'document') {
    let pages: number
    try {
      pages = await pdfPages(bytes)
    } catch (error) {
      return { problem: { key: 'mediaUnreadablePdf', status: 400, vars: { reason: reason(error) } } }
    }
    if (pages < 1) return { problem: { key: 'mediaPdfNoPage', status: 400 } }
    return { facts: { kind, mimeType, pages } }
  }
  let duration: number | undefined
  try {
    duration = mp4Duration(bytes)
  } catch {
    duration = undefined
  }
  if (duration === undefined) return { problem: { key: 'mediaUnreadableVideo', status: 400 } }
  if (!(duration > 0)) return { problem: { key: 'mediaVideoNoDuration', status: 400 } }
  return { facts: { kind, mimeType, duration: Math.round(duration * 1000) / 1000 } }
}
