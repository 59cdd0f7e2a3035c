import type { Payload } from 'payload'

import sharp from 'sharp'

import type { User } from '../src/payload-types'

import { PLAIN_MEDIA_SLUG } from './config'
import { type Case, medians } from './measure'

/** 2,448 × 1,632: 4.0 megapixels, a camera's 3:2. */
const WIDTH = 2448
const HEIGHT = 1632

/**
 * Uploading a 4-megapixel JPEG through the Local API as an editor, with its sizes (thumbnail, feed):
 * the plugin's media collection (its content check, facts and access) vs a plain upload collection
 * with the same sizes. Each upload is deleted after its run (untimed), its files with it.
 */
export const uploadCase = async ({
  payload,
  editor,
  runs = 20,
  warmup = 3,
}: {
  payload: Payload
  editor: User
  runs?: number
  warmup?: number
}) => {
  // Noise, blurred a little: a JPEG about as heavy to decode and resize as a photograph.
  const data = await sharp({
    create: {
      width: WIDTH,
      height: HEIGHT,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .blur(1.5)
    .jpeg({ quality: 85 })
    .toBuffer()
  const file = { data, mimetype: 'image/jpeg', name: 'photo-4mp.jpg', size: data.byteLength }
  // The plain collection exists in the bench config only: the generated types do not know it.
  const upload = (collection: string) => () =>
    payload.create({
      collection: collection as 'media',
      data: { alt: 'Photo de test, quatre mégapixels' },
      file,
      user: editor,
      overrideAccess: false,
    })
  const remove = (collection: string) => (doc: { id: number }) =>
    payload.delete({ collection: collection as 'media', id: doc.id, overrideAccess: true })
  for (const collection of ['media', PLAIN_MEDIA_SLUG]) {
    const probe = (await upload(collection)()) as {
      id: number
      width?: null | number
      sizes?: Record<string, { width?: null | number } | undefined>
    }
    if (probe.width !== WIDTH || probe.sizes?.thumbnail?.width !== 400 || probe.sizes?.feed?.width !== 1200) {
      throw new Error(`upload to ${collection}: unexpected document ${JSON.stringify(probe).slice(0, 500)}`)
    }
    await remove(collection)(probe)
  }
  // libvips caches its operations: the same JPEG decoded again right after would be served from the
  // cache, a head start for whichever collection comes second in each round. Off for both.
  sharp.cache(false)
  const cases: Record<'plugin' | 'plain', Case<{ id: number }>> = {
    plugin: { run: upload('media'), after: remove('media') },
    plain: { run: upload(PLAIN_MEDIA_SLUG), after: remove(PLAIN_MEDIA_SLUG) },
  }
  const times = await medians({ cases, runs, warmup })
  return { ...times, bytes: data.byteLength, megapixels: (WIDTH * HEIGHT) / 1e6 }
}
