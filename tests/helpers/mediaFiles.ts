import { createFile } from 'mp4box'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'

/**
 * Files of each kind the media library takes, made in the test (no fixture to keep in sync): images
 * drawn with sharp, PDFs with pdf-lib, MP4s written with mp4box (no ffmpeg on this machine).
 */

/** A plain-colour image of the given size and format. */
export const makeImage = async ({
  width,
  height,
  format = 'jpeg',
}: {
  width: number
  height: number
  format?: 'gif' | 'jpeg' | 'png' | 'webp'
}): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 90, b: 160 } } })
    .toFormat(format)
    .toBuffer()

/** A PDF of `pages` pages; with 0, a PDF with no page at all (pdf-lib adds one unless told not to). */
export const makePdf = async ({ pages }: { pages: number }): Promise<Uint8Array> => {
  const document = await PDFDocument.create()
  for (let page = 0; page < pages; page += 1) document.addPage([595, 842]).drawText(`Slide ${page + 1}`)
  return document.save({ addDefaultPage: false })
}

/**
 * A small MP4 (one H.264 video track of 16×16 with one-second samples) written by mp4box: its
 * movie lasts `seconds`; with 0, the file has no duration.
 */
export const makeMp4 = ({ seconds }: { seconds: number }): Uint8Array => {
  const file = createFile()
  const track = file.addTrack({
    timescale: 1000,
    duration: seconds * 1000,
    media_duration: seconds * 1000,
    width: 16,
    height: 16,
    type: 'avc1',
    // An avcC record (baseline profile, no parameter set): enough for a parser, not for a player.
    avcDecoderConfigRecord: new Uint8Array([1, 66, 0, 10, 255, 225, 0, 0, 1, 0, 0]).buffer,
  })
  for (let sample = 0; sample < Math.max(seconds, 1); sample += 1) {
    file.addSample(track, new Uint8Array([0, 0, 0, 1, 0x65]), {
      duration: seconds > 0 ? 1000 : 0,
      is_sync: sample === 0,
    })
  }
  return new Uint8Array(file.getBuffer().buffer)
}
